import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const PEOPLE = `query($search: String!, $first: Int) { people(search: $search, first: $first) { search first
  nationalLeaders { fullName position isDemo organisation { code name kind } }
  cityLeaders { cityCode fullName title isCurrent organisation { name kind } } } }`;

/** Every person SEED-FACTS names in a city: name, name typed without accents, city, body, position. */
const CITY_PEOPLE = [
  ['Đỗ Văn Nam', 'do van nam', 'HN', 'Công đoàn ngành Giáo dục Hà Nội', 'Chủ tịch'],
  ['Trần Văn Thắng', 'tran van thang', 'HP', 'Công đoàn ngành Giáo dục Hải Phòng', 'Chủ tịch'],
  ['Nguyễn Phi Thường', 'nguyen phi thuong', 'HN', 'Liên đoàn Lao động thành phố Hà Nội', 'Chủ tịch'],
  ['Nguyễn Chính Hữu', 'NGUYEN CHINH HUU', 'HN', 'Liên đoàn Lao động thành phố Hà Nội', 'Phó Chủ tịch'],
  ['Lê Đình Hùng', 'le dinh hung', 'HN', 'Liên đoàn Lao động thành phố Hà Nội', 'Phó Chủ tịch'],
  ['Nguyễn Văn Toàn', 'nguyen van toan', 'HN', 'Liên đoàn Lao động huyện Thạch Thất', 'Chủ tịch'],
  ['Trần Thế Cương', 'tran the cuong', 'HN', 'Sở Giáo dục và Đào tạo Hà Nội', 'Giám đốc'],
  ['Nguyễn Quang Tuấn', 'nguyen quang tuan', 'HN', 'Sở Giáo dục và Đào tạo Hà Nội', 'Phó Giám đốc'],
] as const;

const AWARDS = `query($city: String!) { city(code: $city) {
  awardDecisions(schoolYear: "2022-2023", first: 50) { edges { node { id kind issuerLevel recipientType
    recipientCount issuingNationalOrganisation { code name } issuingOrganisation { id name kind } } } } } }`;

describe(`people and the bodies above the cities, through the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  const people = async (search: string, first?: number) => {
    const result = await federation.query(PEOPLE, { search, first });
    expect(result.errors).toBeUndefined();
    return result.data!.people;
  };

  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it.each(CITY_PEOPLE)('finds %s, typed with accents or as "%s", with body and position', async (...row) => {
    const [fullName, plain, cityCode, body, title] = row;
    for (const search of [fullName, plain]) {
      const found = await people(search);
      expect(found.search).toBe(search);
      expect(found.cityLeaders).toContainEqual(
        expect.objectContaining({
          cityCode,
          fullName,
          title,
          organisation: expect.objectContaining({ name: body }),
        }),
      );
      expect(found.nationalLeaders).toEqual([]);
    }
  });

  it('keeps former terms: Đỗ Văn Nam as vice chair before, Nguyễn Văn Toàn until Thạch Thất’s federation ended', async () => {
    const nam = (await people('Đỗ Văn Nam')).cityLeaders.filter((l: any) => l.fullName === 'Đỗ Văn Nam');
    expect(nam.map((l: any) => [l.title, l.isCurrent]).sort()).toEqual([
      ['Chủ tịch', true],
      ['Phó Chủ tịch', false],
    ]);
    const toan = (await people('nguyen van toan')).cityLeaders.find(
      (l: any) => l.fullName === 'Nguyễn Văn Toàn',
    );
    expect(toan).toMatchObject({ isCurrent: false, organisation: { kind: 'DISTRICT_LABOUR_FEDERATION' } });
  });

  it('finds Nguyễn Thị Bích Hợp, vice chair of Công đoàn Giáo dục Việt Nam, however she is typed', async () => {
    for (const search of ['Nguyễn Thị Bích Hợp', 'bich hop', 'BÍCH HỢP', '  nguyen   thi bich hop ']) {
      const found = await people(search);
      expect(found.nationalLeaders).toEqual([
        {
          fullName: 'Nguyễn Thị Bích Hợp',
          position: 'Phó Chủ tịch',
          isDemo: false,
          organisation: {
            code: 'CDGD-VN',
            name: 'Công đoàn Giáo dục Việt Nam',
            kind: 'NATIONAL_SECTOR_UNION',
          },
        },
      ]);
    }
  });

  it('asks every city and lists their leaders city by city, at most `first` from each', async () => {
    const all = await people('van');
    const cities = all.cityLeaders.map((l: any) => l.cityCode);
    expect(new Set(cities)).toEqual(new Set(['HN', 'HP']));
    expect(cities).toEqual([...cities].sort()); // HN's list, then HP's: the gateway's city order
    const one = await people('van', 1);
    expect(one.first).toBe(1);
    expect(one.cityLeaders.map((l: any) => l.cityCode)).toEqual(['HN', 'HP']);
  });

  it('lists the national bodies, with only the leaders the sources name', async () => {
    const result = await federation.query(`{ nationalOrganisations { code name shortName englishName kind
      parent { code } leaders { fullName position } }
      tld: nationalOrganisation(code: "TLD-VN") { name leaders { fullName } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.nationalOrganisations).toEqual([
      {
        code: 'CDGD-VN',
        name: 'Công đoàn Giáo dục Việt Nam',
        shortName: 'CĐGD Việt Nam',
        englishName: 'Vietnam Education Trade Union',
        kind: 'NATIONAL_SECTOR_UNION',
        parent: { code: 'TLD-VN' },
        leaders: [{ fullName: 'Nguyễn Thị Bích Hợp', position: 'Phó Chủ tịch' }],
      },
      {
        code: 'TLD-VN',
        name: 'Tổng Liên đoàn Lao động Việt Nam',
        shortName: 'Tổng LĐLĐ Việt Nam',
        englishName: 'Vietnam General Confederation of Labour',
        kind: 'NATIONAL_CONFEDERATION',
        parent: null,
        leaders: [],
      },
    ]);
    expect(result.data!.tld).toEqual({ name: 'Tổng Liên đoàn Lao động Việt Nam', leaders: [] });
  });

  it('has campaigns refer to the national body that launched them', async () => {
    const result = await federation.query(`{
      cdgd: campaign(code: "moi-thay-co-la-tam-guong") { ...Launcher }
      tld: campaign(code: "mot-trieu-sang-kien") { ...Launcher }
      hanoi: campaign(code: "nha-giao-ha-noi-giup-do-hoc-sinh") { ...Launcher }
    }
    fragment Launcher on Campaign { name launchedBy launchedByOrganisation { code name } }`);
    expect(result.errors).toBeUndefined();
    const { cdgd, tld, hanoi } = result.data!;
    expect(cdgd.name).toMatch(/^Mỗi thầy, cô giáo là một tấm gương/);
    expect(cdgd.launchedByOrganisation).toEqual({ code: 'CDGD-VN', name: 'Công đoàn Giáo dục Việt Nam' });
    expect(tld.name).toMatch(/^1 triệu sáng kiến/);
    expect(tld.launchedByOrganisation).toEqual({ code: 'TLD-VN', name: 'Tổng Liên đoàn Lao động Việt Nam' });
    // A city's own campaign names its city body as text; it is no national body.
    expect(hanoi).toMatchObject({
      launchedBy: 'Công đoàn ngành Giáo dục Hà Nội',
      launchedByOrganisation: null,
    });
  });

  it('has a city’s campaigns refer to their launcher: a national body (through the hub) or the city’s own', async () => {
    const result = await federation.query(`{ city(code: "HN") { campaigns { code launchedBy
      launchedByNationalOrganisation { code name } launchedByOrganisation { id kind } } } }`);
    expect(result.errors).toBeUndefined();
    const campaign = (code: string) =>
      result.data!.city.campaigns.find((entry: { code: string }) => entry.code === code);
    expect(campaign('mot-trieu-sang-kien')).toMatchObject({
      launchedByNationalOrganisation: { code: 'TLD-VN', name: 'Tổng Liên đoàn Lao động Việt Nam' },
      launchedByOrganisation: null,
    });
    expect(campaign('moi-thay-co-la-tam-guong').launchedByNationalOrganisation).toEqual({
      code: 'CDGD-VN',
      name: 'Công đoàn Giáo dục Việt Nam',
    });
    expect(campaign('nha-giao-ha-noi-giup-do-hoc-sinh')).toMatchObject({
      launchedBy: 'Công đoàn ngành Giáo dục Hà Nội',
      launchedByNationalOrganisation: null,
      launchedByOrganisation: { id: 'hn-cong-doan-nganh-giao-duc', kind: 'EDUCATION_UNION' },
    });
    // No launcher recorded, no reference.
    expect(campaign('truong-hoc-hanh-phuc')).toMatchObject({
      launchedBy: null,
      launchedByNationalOrganisation: null,
      launchedByOrganisation: null,
    });
  });

  it('saves a campaign’s launcher by code or by its name; an unknown code is refused, nothing written', async () => {
    const admin = await federation.tokenFor({ sub: 'admin', role: 'hub-admin' });
    const save = (code: string, extra: string) =>
      federation.query(
        `mutation { saveCampaign(input: { code: "${code}", name: "Phong trào thử nghiệm", kind: CAMPAIGN,
          scope: NATIONAL ${extra} }) { code launchedBy launchedByOrganisation { code } } }`,
        {},
        admin,
      );
    const byName = await save('thu-nghiem-ten', 'launchedBy: "tổng ldld việt nam"');
    expect(byName.data!.saveCampaign).toEqual({
      code: 'thu-nghiem-ten',
      launchedBy: 'tổng ldld việt nam',
      launchedByOrganisation: { code: 'TLD-VN' },
    });
    const byCode = await save('thu-nghiem-ma', 'launchedByOrganisationCode: "CDGD-VN"');
    expect(byCode.data!.saveCampaign.launchedByOrganisation).toEqual({ code: 'CDGD-VN' });
    const refused = await save('thu-nghiem-sai', 'launchedByOrganisationCode: "XX-VN"');
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'input.launchedByOrganisationCode',
    });
    const kept = await federation.query('{ campaign(code: "thu-nghiem-sai") { code } }');
    expect(kept.data!.campaign).toBeNull();
  });

  it('resolves the issuers of Hải Phòng’s 2022-2023 Cờ thi đua: Tổng LĐLĐ, CĐGD Việt Nam, LĐLĐ TP Hải Phòng', async () => {
    const result = await federation.query(AWARDS, { city: 'HP' });
    expect(result.errors).toBeUndefined();
    const flags = result
      .data!.city.awardDecisions.edges.map((edge: any) => edge.node)
      .filter((award: any) => award.kind === 'CO_THI_DUA');
    const issuer = (level: string) => flags.find((award: any) => award.issuerLevel === level);
    expect(issuer('TONG_LDLD_VIET_NAM')).toMatchObject({
      recipientCount: 4,
      issuingNationalOrganisation: { code: 'TLD-VN', name: 'Tổng Liên đoàn Lao động Việt Nam' },
      issuingOrganisation: null,
    });
    expect(issuer('CONG_DOAN_GIAO_DUC_VIET_NAM')).toMatchObject({
      recipientCount: 12,
      issuingNationalOrganisation: { code: 'CDGD-VN', name: 'Công đoàn Giáo dục Việt Nam' },
      issuingOrganisation: null,
    });
    expect(issuer('LDLD_THANH_PHO')).toMatchObject({
      recipientCount: 18,
      issuingNationalOrganisation: null,
      issuingOrganisation: {
        id: 'hp-ldld-thanh-pho',
        name: 'Liên đoàn Lao động thành phố Hải Phòng',
        kind: 'CITY_LABOUR_FEDERATION',
      },
    });
  });

  it('resolves Thạch Thất’s issuers: LĐLĐ TP Hà Nội, the district federation, none for the government', async () => {
    const result = await federation.query(AWARDS, { city: 'HN' });
    expect(result.errors).toBeUndefined();
    const byId = new Map(result.data!.city.awardDecisions.edges.map((e: any) => [e.node.id, e.node]));
    const organisationOf = (id: string) => (byId.get(id) as any).issuingOrganisation;
    expect(organisationOf('tt-2022-2023-ctd-ldld-tp')).toMatchObject({ id: 'hn-ldld-thanh-pho' });
    expect(organisationOf('tt-2022-2023-gk-ldld-huyen-tap-the')).toMatchObject({ id: 'hn-ldld-thach-that' });
    expect(organisationOf('tt-2022-2023-ldtt-tap-the')).toBeNull();
    expect((byId.get('tt-2022-2023-bk-tld-tap-the') as any).issuingNationalOrganisation).toEqual({
      code: 'TLD-VN',
      name: 'Tổng Liên đoàn Lao động Việt Nam',
    });
  });

  it('names the national issuers in the hub’s awards comparison', async () => {
    const result = await federation.query(`{ awardPeriod(period: "2022-2023") { comparison {
      rows { kind issuerLevel issuingNationalOrganisation { code } } } } }`);
    expect(result.errors).toBeUndefined();
    const rows = result.data!.awardPeriod.comparison.rows;
    const codesOf = (level: string) =>
      new Set(
        rows.filter((r: any) => r.issuerLevel === level).map((r: any) => r.issuingNationalOrganisation?.code),
      );
    expect(codesOf('TONG_LDLD_VIET_NAM')).toEqual(new Set(['TLD-VN']));
    expect(codesOf('CONG_DOAN_GIAO_DUC_VIET_NAM')).toEqual(new Set(['CDGD-VN']));
    expect(codesOf('LDLD_THANH_PHO')).toEqual(new Set([undefined]));
  });

  const REFUSED: [search: string, argument: string, first?: number][] = [
    ['a', 'search'],
    ['x'.repeat(101), 'search'],
    ['!!', 'search'],
    ['bich hop', 'first', 0],
  ];
  it.each(REFUSED)(
    'refuses people(search: %j) as BAD_USER_INPUT naming %s, asking no city',
    async (...row) => {
      const [search, argument, first] = row;
      const asked = ['HN', 'HP'].map((code) => federation.requestsTo(code));
      const result = await federation.query(PEOPLE, { search, first });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(['HN', 'HP'].map((code) => federation.requestsTo(code))).toEqual(asked);
      // Nothing else changed: the same search done right still finds her.
      expect((await people('bich hop')).nationalLeaders).toHaveLength(1);
    },
  );
});
