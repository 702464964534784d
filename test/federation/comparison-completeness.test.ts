import { GraphQLResult, RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const CAMPAIGN = `query($code: String!) { campaignEdition(campaignCode: $code, period: "2022-2023") {
  comparison { complete missingCities leaders { indicator cityCode value }
    cities { cityCode reported indicators { indicator value rank } } } } }`;
const AWARDS = `{ awardPeriod(period: "2022-2023") { comparison { complete missingCities cityCodes
  rows { kind issuerLevel recipientType cities { cityCode recipients } } } } }`;
const EVERY_AGGREGATE = `{
  trend: campaign(code: "hai-tot") { editions { period comparison { complete missingCities } } }
  year: campaignEditions(period: "2022-2023") { campaignCode comparison { complete missingCities } }
  schoolLevels { code complete missingCities cityFigures { cityCode } } }`;

const participation = (city: any) => city.indicators.find((i: any) => i.indicator === 'PARTICIPATION_RATE');
const unavailable = (result: GraphQLResult) =>
  (result.errors ?? [])
    .filter((error) => error.extensions?.code === 'CITY_UNAVAILABLE')
    .map((error) => error.extensions!.cityCode);
/** Every `{ complete, missingCities }` of the EVERY_AGGREGATE answer, one per aggregate. */
const verdicts = (data: any) => [
  ...data.trend.editions.map((edition: any) => edition.comparison),
  ...data.year.map((edition: any) => edition.comparison),
  ...data.schoolLevels,
];

describe(`comparisons say whether every city answered (${ENGINE})`, () => {
  let federation: RunningFederation;
  beforeAll(async () => {
    // A city stopped mid-test must count as missing at once: the cache (its own suite) would serve
    // its public figures for up to CITY_VERSION_TTL_MS after it went away.
    federation = await startFederation({ gatewayEnv: { CITY_CACHE: 'false' } });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('is complete, with no missing city, when both cities answer', async () => {
    const campaign = await federation.query(CAMPAIGN, { code: 'moi-thay-co-la-tam-guong' });
    const awards = await federation.query(AWARDS);
    const every = await federation.query(EVERY_AGGREGATE);
    for (const result of [campaign, awards, every]) expect(result.errors).toBeUndefined();
    expect(campaign.data!.campaignEdition.comparison).toMatchObject({ complete: true, missingCities: [] });
    expect(awards.data!.awardPeriod.comparison).toMatchObject({
      complete: true,
      missingCities: [],
      cityCodes: ['HN', 'HP'],
    });
    const all = verdicts(every.data);
    expect(all.length).toBe(4 + 19 + every.data!.schoolLevels.length);
    expect(all.every((v: any) => v.complete === true && v.missingCities.length === 0)).toBe(true);
  });

  it('counts a city that answered without a report as "not reported", never as missing', async () => {
    const officer = await federation.tokenFor({ sub: 'officer-ha', role: 'city-officer', city: 'HN' });
    const recorded = await federation.query(
      `mutation { recordCampaignResult(cityCode: "HN", input: { campaignCode: "truong-hoc-hanh-phuc",
        schoolYear: "2022-2023", reportedById: "hn-cong-doan-nganh-giao-duc", participants: 9000 }) { id } }`,
      {},
      officer,
    );
    expect(recorded.errors).toBeUndefined();
    const result = await federation.query(CAMPAIGN, { code: 'truong-hoc-hanh-phuc' });
    expect(result.errors).toBeUndefined();
    const comparison = result.data!.campaignEdition.comparison;
    expect(comparison).toMatchObject({ complete: true, missingCities: [] });
    const [hn, hp] = comparison.cities;
    expect([hn.cityCode, hn.reported, participation(hn).rank]).toEqual(['HN', true, 1]);
    expect([hp.cityCode, hp.reported, participation(hp)]).toEqual([
      'HP',
      false,
      { indicator: 'PARTICIPATION_RATE', value: null, rank: null },
    ]);
  });

  it('with HP down, ranks HN alone, names it leader, and says the ranking is incomplete', async () => {
    await federation.stopCity('HP');
    const result = await federation.query(CAMPAIGN, { code: 'moi-thay-co-la-tam-guong' });
    const comparison = result.data!.campaignEdition.comparison;
    expect(comparison).toMatchObject({ complete: false, missingCities: ['HP'] });
    expect(comparison.cities.map((c: any) => [c.cityCode, c.reported])).toEqual([['HN', true]]);
    expect(participation(comparison.cities[0]).rank).toBe(1);
    expect(comparison.leaders.find((l: any) => l.indicator === 'PARTICIPATION_RATE')).toMatchObject({
      cityCode: 'HN',
      value: participation(comparison.cities[0]).value,
    });
    expect(unavailable(result)).toContain('HP');
    expect(unavailable(result).every((code) => code === 'HP')).toBe(true);
  });

  it('with HP down, the awards comparison has HN’s figures only and names HP missing', async () => {
    const result = await federation.query(AWARDS);
    const comparison = result.data!.awardPeriod.comparison;
    expect(comparison).toMatchObject({ complete: false, missingCities: ['HP'], cityCodes: ['HN'] });
    const row = comparison.rows.find(
      (r: any) =>
        r.kind === 'BANG_KHEN' && r.issuerLevel === 'TONG_LDLD_VIET_NAM' && r.recipientType === 'INDIVIDUAL',
    );
    expect(row.cities).toEqual([{ cityCode: 'HN', recipients: 3 }]);
    expect(unavailable(result)).toContain('HP');
  });

  it('with HP down, trends, a year’s comparisons and school-level figures are incomplete too', async () => {
    const result = await federation.query(EVERY_AGGREGATE);
    const all = verdicts(result.data);
    expect(all.length).toBe(4 + 19 + result.data!.schoolLevels.length);
    expect(all.every((v: any) => v.complete === false && v.missingCities.join() === 'HP')).toBe(true);
    expect(result.data!.schoolLevels[0].cityFigures).toEqual([{ cityCode: 'HN' }]);
    expect(unavailable(result)).toContain('HP');
  });
});

describe(`a registered city the gateway cannot reach is missing (${ENGINE})`, () => {
  let federation: RunningFederation;
  beforeAll(async () => {
    // A city stopped mid-test must count as missing at once: the cache (its own suite) would serve
    // its public figures for up to CITY_VERSION_TTL_MS after it went away.
    federation = await startFederation({ gatewayEnv: { CITY_CACHE: 'false' } });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('names it missing from every-city comparisons, in registry order, and not from joint ones', async () => {
    const admin = await federation.tokenFor({ sub: 'admin', role: 'hub-admin' });
    const registered = await federation.query(
      `mutation { registerCity(input: { code: "DN", name: "Đà Nẵng", joinedOn: "2026-11-01" }) { code } }`,
      {},
      admin,
    );
    expect(registered.errors).toBeUndefined();
    const awards = await federation.query(AWARDS);
    expect(awards.data!.awardPeriod.comparison).toMatchObject({
      complete: false,
      missingCities: ['DN'],
      cityCodes: ['HN', 'HP'],
    });
    const campaign = await federation.query(CAMPAIGN, { code: 'moi-thay-co-la-tam-guong' });
    expect(campaign.data!.campaignEdition.comparison).toMatchObject({
      complete: false,
      missingCities: ['DN'],
    });
    // hai-tot is compared among its joint cities, HN and HP, who both answered.
    const joint = await federation.query(CAMPAIGN, { code: 'hai-tot' });
    expect(joint.data!.campaignEdition.comparison).toMatchObject({ complete: true, missingCities: [] });
    await federation.stopCity('HP');
    const both = await federation.query(AWARDS);
    // Registry order (Vietnamese alphabetical: Đà Nẵng, Hà Nội, Hải Phòng); only HP is CITY_UNAVAILABLE.
    expect(both.data!.awardPeriod.comparison).toMatchObject({
      missingCities: ['DN', 'HP'],
      cityCodes: ['HN'],
    });
    expect(unavailable(both)).toEqual(['HP']);
  });
});
