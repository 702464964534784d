import { postGraphQL, RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const COMPARISON = `query($code: String!, $period: String!) { campaignEdition(campaignCode: $code, period: $period) {
  period comparison { previousPeriod complete missingCities
    leaders { indicator cityCode value }
    cities { cityCode reported figures { members participants } city { name }
      indicators { indicator value rank gapToLeader previousValue change } } } } }`;

const indicator = (city: any, name: string) => city.indicators.find((i: any) => i.indicator === name);

describe(`campaign comparisons across two cities (${ENGINE})`, () => {
  let federation: RunningFederation;
  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('computes indicators, ranks, the leader, gaps and change from the cities’ own figures', async () => {
    const result = await federation.query(COMPARISON, {
      code: 'moi-thay-co-la-tam-guong',
      period: '2022-2023',
    });
    expect(result.errors).toBeUndefined();
    const comparison = result.data!.campaignEdition.comparison;
    expect(comparison.previousPeriod).toBe('2021-2022');
    expect(comparison.cities.map((c: any) => [c.cityCode, c.city.name, c.reported])).toEqual([
      ['HN', 'Hà Nội', true],
      ['HP', 'Hải Phòng', true],
    ]);
    const [hn, hp] = comparison.cities;
    const rate = (city: any) => Math.round((city.figures.participants / city.figures.members) * 10_000) / 100;
    expect(indicator(hn, 'PARTICIPATION_RATE').value).toBe(rate(hn));
    expect(indicator(hp, 'PARTICIPATION_RATE').value).toBe(rate(hp));
    const leader = comparison.leaders.find((l: any) => l.indicator === 'PARTICIPATION_RATE');
    const [best, other] = rate(hn) >= rate(hp) ? [hn, hp] : [hp, hn];
    expect(leader).toEqual({ indicator: 'PARTICIPATION_RATE', cityCode: best.cityCode, value: rate(best) });
    expect(indicator(best, 'PARTICIPATION_RATE')).toMatchObject({ rank: 1, gapToLeader: 0 });
    expect(indicator(other, 'PARTICIPATION_RATE').rank).toBe(2);
    expect(indicator(other, 'PARTICIPATION_RATE').gapToLeader).toBeCloseTo(rate(best) - rate(other), 2);
    expect(indicator(hn, 'PARTICIPATION_RATE').change).toBeCloseTo(
      rate(hn) - indicator(hn, 'PARTICIPATION_RATE').previousValue,
      2,
    );
  });

  it('shows a city without a city-wide report as "no report", never as zeros', async () => {
    const result = await federation.query(COMPARISON, { code: 'truong-hoc-hanh-phuc', period: '2022-2023' });
    const cities = result.data!.campaignEdition.comparison.cities;
    expect(cities.map((c: any) => c.reported)).toEqual([false, false]);
    expect(cities[0].figures.participants).toBeNull();
    expect(cities[0].indicators.every((i: any) => i.value === null && i.rank === null)).toBe(true);
  });

  it('follows a campaign over time (trend) in one query', async () => {
    const result = await federation.query(`{ campaign(code: "hai-tot") { name jointCities { code }
      editions { period comparison { cities { cityCode reported indicators { indicator value } } } } } }`);
    expect(result.errors).toBeUndefined();
    const campaign = result.data!.campaign;
    expect(campaign.jointCities).toEqual([{ code: 'HN' }, { code: 'HP' }]);
    expect(campaign.editions.map((e: any) => e.period)).toEqual([
      '2021-2022',
      '2022-2023',
      '2023-2024',
      '2024-2025',
    ]);
    expect(campaign.editions[1].comparison.cities.map((c: any) => c.reported)).toEqual([true, true]);
    expect(campaign.editions[3].comparison.cities.map((c: any) => c.reported)).toEqual([false, false]);
  });

  it('lists every comparison of a period and a city’s standing across campaigns', async () => {
    const result = await federation.query(`{ campaignEditions(period: "2022-2023") { campaignCode
      comparison { forCity(cityCode: "HP") { reported indicators { indicator rank } } } } }`);
    const editions = result.data!.campaignEditions;
    expect(editions.length).toBe(19);
    const reported = editions
      .filter((e: any) => e.comparison.forCity?.reported)
      .map((e: any) => e.campaignCode);
    expect(reported.sort()).toEqual(['gioi-viec-nuoc-dam-viec-nha', 'hai-tot', 'moi-thay-co-la-tam-guong']);
  });

  it('compares the 2022-2023 awards by kind × issuer, city by city (Hải Phòng’s from SEED-FACTS)', async () => {
    const result = await federation.query(`{ awardPeriod(period: "2022-2023") { comparison { cityCodes
      rows { kind issuerLevel recipientType cities { cityCode recipients } } } } }`);
    const { cityCodes, rows } = result.data!.awardPeriod.comparison;
    expect(cityCodes).toEqual(['HN', 'HP']);
    const row = (kind: string, issuer: string, type: string) =>
      rows.find((r: any) => r.kind === kind && r.issuerLevel === issuer && r.recipientType === type).cities;
    expect(row('BANG_KHEN', 'CONG_DOAN_GIAO_DUC_VIET_NAM', 'INDIVIDUAL')).toEqual([
      { cityCode: 'HN', recipients: 0 },
      { cityCode: 'HP', recipients: 278 },
    ]);
    expect(row('BANG_KHEN', 'TONG_LDLD_VIET_NAM', 'INDIVIDUAL')).toEqual([
      { cityCode: 'HN', recipients: 3 },
      { cityCode: 'HP', recipients: 0 },
    ]);
    expect(row('CO_THI_DUA', 'LDLD_THANH_PHO', 'COLLECTIVE')).toEqual([
      { cityCode: 'HN', recipients: 1 },
      { cityCode: 'HP', recipients: 18 },
    ]);
  });

  it('refuses a malformed period', async () => {
    const result = await federation.query(`{ awardPeriod(period: "22-23") { period } }`);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe(`campaign comparisons across five cities (${ENGINE})`, () => {
  let federation: RunningFederation;
  const FIVE = [
    { code: 'HN', name: 'Hà Nội' },
    { code: 'HP', name: 'Hải Phòng' },
    { code: 'DN', name: 'Đà Nẵng' },
    { code: 'CT', name: 'Cần Thơ' },
    { code: 'HUE', name: 'Huế' },
  ];
  beforeAll(async () => {
    // Routing is under test here, so every comparison goes to the cities (the cache has its own suite).
    federation = await startFederation({ cities: FIVE, gatewayEnv: { CITY_CACHE: 'false' } });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('ranks all five cities in one query', async () => {
    const result = await federation.query(COMPARISON, {
      code: 'moi-thay-co-la-tam-guong',
      period: '2022-2023',
    });
    expect(result.errors).toBeUndefined();
    const cities = result.data!.campaignEdition.comparison.cities;
    expect(cities.map((c: any) => c.cityCode)).toEqual(['HN', 'HP', 'DN', 'CT', 'HUE']);
    const ranks = cities.map((c: any) => indicator(c, 'PARTICIPATION_RATE').rank).sort();
    expect(ranks[0]).toBe(1);
    expect(cities.every((c: any) => c.reported)).toBe(true);
  });

  it('costs one fetch to the cities and one to the hub whatever the number of cities (query plan)', async () => {
    const response = await postGraphQL(
      federation.gatewayUrl,
      COMPARISON,
      { code: 'moi-thay-co-la-tam-guong', period: '2022-2023' },
      undefined,
      { 'Apollo-Query-Plan-Experimental': 'true' },
    );
    const plan: string = response.extensions!.__queryPlanExperimental;
    expect(plan.match(/Fetch\(service: "cities"\)/g)).toHaveLength(1);
    // The root fetch to the hub, then one fetch with the cities' figures for the comparison.
    expect(plan.match(/Fetch\(service: "cooperation"\)/g)).toHaveLength(2);
    const before = ['HN', 'HP', 'DN', 'CT', 'HUE'].map((code) => federation.requestsTo(code));
    await federation.query(COMPARISON, { code: 'moi-thay-co-la-tam-guong', period: '2022-2023' });
    const after = ['HN', 'HP', 'DN', 'CT', 'HUE'].map((code) => federation.requestsTo(code));
    expect(after.map((count, i) => count - before[i])).toEqual([1, 1, 1, 1, 1]);
  });

  it('leaves a city that is down out of the comparison, with CITY_UNAVAILABLE, and ranks the rest', async () => {
    await federation.stopCity('DN');
    const result = await federation.query(COMPARISON, {
      code: 'moi-thay-co-la-tam-guong',
      period: '2022-2023',
    });
    const { cities, complete, missingCities } = result.data!.campaignEdition.comparison;
    expect(cities.map((c: any) => c.cityCode)).toEqual(['HN', 'HP', 'CT', 'HUE']);
    expect({ complete, missingCities }).toEqual({ complete: false, missingCities: ['DN'] });
    expect(result.errors!.map((e) => [e.extensions!.code, e.extensions!.cityCode])).toContainEqual([
      'CITY_UNAVAILABLE',
      'DN',
    ]);
  });
});

describe(`the catalog is maintained by hub administrators (${ENGINE})`, () => {
  let federation: RunningFederation;
  let admin: string;
  beforeAll(async () => {
    federation = await startFederation();
    admin = await federation.tokenFor({ sub: 'admin', role: 'hub-admin' });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('adds a campaign, an edition and its joint cities, and compares only those cities', async () => {
    const saved = await federation.query(
      `mutation { saveCampaign(input: { code: "chuyen-doi-so", name: "Chuyển đổi số trong nhà trường",
        kind: EMULATION_MOVEMENT, scope: NATIONAL, startYear: 2024 }) { code name } }`,
      {},
      admin,
    );
    expect(saved.data!.saveCampaign).toEqual({
      code: 'chuyen-doi-so',
      name: 'Chuyển đổi số trong nhà trường',
    });
    const added = await federation.query(
      'mutation { addCampaignEdition(campaignCode: "chuyen-doi-so", period: "2024-2025") { periodKind } }',
      {},
      admin,
    );
    expect(added.data!.addCampaignEdition).toEqual({ periodKind: 'SCHOOL_YEAR' });
    const again = await federation.query(
      'mutation { addCampaignEdition(campaignCode: "chuyen-doi-so", period: "2024-2025") { period } }',
      {},
      admin,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    await federation.query(
      'mutation { setJointCities(campaignCode: "chuyen-doi-so", cityCodes: ["HP"]) { code } }',
      {},
      admin,
    );
    const compared = await federation.query(COMPARISON, { code: 'chuyen-doi-so', period: '2024-2025' });
    expect(compared.data!.campaignEdition.comparison.cities.map((c: any) => c.cityCode)).toEqual(['HP']);
    const unknownCity = await federation.query(
      'mutation { setJointCities(campaignCode: "chuyen-doi-so", cityCodes: ["QN"]) { code } }',
      {},
      admin,
    );
    expect(unknownCity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', cityCode: 'QN' });
    const calendar = await federation.query(
      'mutation { addCampaignEdition(campaignCode: "chuyen-doi-so", period: "2025") { period periodKind } }',
      {},
      admin,
    );
    expect(calendar.data!.addCampaignEdition).toEqual({ period: '2025', periodKind: 'CALENDAR_YEAR' });
    const calendarComparison = await federation.query(COMPARISON, { code: 'chuyen-doi-so', period: '2025' });
    expect(calendarComparison.data!.campaignEdition.comparison).toMatchObject({ previousPeriod: '2024' });
    const found = await federation.query('{ campaigns(search: "chuyen doi so") { code } }');
    expect(found.data!.campaigns).toEqual([{ code: 'chuyen-doi-so' }]);
  });
});
