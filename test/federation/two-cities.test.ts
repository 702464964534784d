import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

describe(`federation of HN and HP over HTTP (${ENGINE})`, () => {
  let federation: RunningFederation;
  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('answers both unions’ chairs and grassroots-union counts in one query', async () => {
    const result = await federation.query(`{
      cities {
        code name
        grassrootsUnionCount memberCount
        educationUnion { name chair { fullName title } viceChairs { fullName } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const [hanoi, haiphong] = result.data!.cities;
    expect(hanoi).toMatchObject({
      code: 'HN',
      name: 'Hà Nội',
      educationUnion: {
        name: 'Công đoàn ngành Giáo dục Hà Nội',
        chair: { fullName: 'Đỗ Văn Nam', title: 'Chủ tịch' },
      },
    });
    expect(haiphong).toMatchObject({
      code: 'HP',
      name: 'Hải Phòng',
      educationUnion: { name: 'Công đoàn ngành Giáo dục Hải Phòng', chair: { fullName: 'Trần Văn Thắng' } },
    });
    expect(hanoi.grassrootsUnionCount).toBe(315);
    expect(haiphong.grassrootsUnionCount).toBe(62);
    expect(haiphong.educationUnion.viceChairs.length).toBeGreaterThan(0);
  });

  it('resolves a cooperation record’s two grassroots unions from two different cities', async () => {
    const result = await federation.query(`{
      schoolPartnership(id: "newton-cat-ba") {
        isCrossCity
        unitA { cityCode name school { name level } managedBy { name } }
        unitB { cityCode name school { name } district { name } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.schoolPartnership).toEqual({
      isCrossCity: true,
      unitA: {
        cityCode: 'HN',
        name: 'Công đoàn Trường THCS-THPT Newton',
        school: { name: 'Trường THCS-THPT Newton', level: 'MULTI_LEVEL' },
        managedBy: { name: 'Công đoàn ngành Giáo dục Hà Nội' },
      },
      unitB: {
        cityCode: 'HP',
        name: 'Công đoàn Trường THPT Cát Bà',
        school: { name: 'Trường THPT Cát Bà' },
        district: { name: 'Cát Hải' },
      },
    });
  });

  it('splits root fields of one fetch by city, from literals and variables alike', async () => {
    const result = await federation.query(
      `query Two($hp: String!) {
        newton: grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { cityCode name }
        catBa: grassrootsUnion(cityCode: $hp, id: "hp-thpt-cat-ba") { cityCode name }
        union: organisation(cityCode: $hp, id: "hp-cong-doan-nganh-giao-duc") { name }
      }`,
      { hp: 'HP' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      newton: { cityCode: 'HN', name: 'Công đoàn Trường THCS-THPT Newton' },
      catBa: { cityCode: 'HP', name: 'Công đoàn Trường THPT Cát Bà' },
      union: { name: 'Công đoàn ngành Giáo dục Hải Phòng' },
    });
  });

  it('refuses an unknown city code with BAD_USER_INPUT and answers the rest', async () => {
    const result = await federation.query(`{
      known: grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { name }
      unknown: grassrootsUnion(cityCode: "ZZ", id: "x") { name }
    }`);
    expect(result.data).toEqual({ known: { name: 'Công đoàn Trường THPT Cát Bà' }, unknown: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['unknown'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', cityCode: 'ZZ' }),
      }),
    ]);
  });

  it('gathers a city-wide contribution from every city, in city order', async () => {
    const result = await federation.query(
      `{ schoolLevels { code cityFigures { cityCode grassrootsUnions members } } }`,
    );
    expect(result.errors).toBeUndefined();
    const upper = result.data!.schoolLevels.find(
      (level: { code: string }) => level.code === 'UPPER_SECONDARY',
    );
    expect(upper.cityFigures.map((figure: { cityCode: string }) => figure.cityCode)).toEqual(['HN', 'HP']);
    const office = result.data!.schoolLevels.find((level: { code: string }) => level.code === 'OFFICE');
    expect(office.cityFigures).toEqual([
      { cityCode: 'HN', grassrootsUnions: 0, members: 0 },
      { cityCode: 'HP', grassrootsUnions: 1, members: 14 },
    ]);
  });

  it('searches without accents or case, on every engine', async () => {
    const result = await federation.query(`{
      cities(search: "ha noi") { code }
      hp: city(code: "HP") {
        catBa: grassrootsUnions(search: "cat ba") { totalCount edges { node { id } } }
        upper: grassrootsUnions(search: "THPT Cat Ba") { totalCount }
        office: grassrootsUnions(search: "phong gd cat hai") { edges { node { school { name level } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.cities).toEqual([{ code: 'HN' }]);
    expect(result.data!.hp.catBa).toEqual({ totalCount: 1, edges: [{ node: { id: 'hp-thpt-cat-ba' } }] });
    expect(result.data!.hp.upper.totalCount).toBe(1);
    expect(result.data!.hp.office.edges).toEqual([
      { node: { school: { name: 'Phòng GD&ĐT huyện Cát Hải', level: 'OFFICE' } } },
    ]);
  });

  it('pages through 200 directly managed units with cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const result: any = await federation.query(
        `query Page($after: String) {
          city(code: "HN") { educationUnion { grassrootsUnions(first: 50, after: $after) {
            totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
          } } }
        }`,
        { after },
      );
      const connection = result.data.city.educationUnion.grassrootsUnions;
      expect(connection.totalCount).toBe(200);
      seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
  });

  it('keeps HTTP connections to a city alive across requests', async () => {
    await federation.query('{ city(code: "HN") { memberCount } }');
    const before = federation.connectionsTo('HN');
    for (let i = 0; i < 10; i += 1) await federation.query('{ city(code: "HN") { memberCount } }');
    expect(federation.connectionsTo('HN')).toBe(before);
  });

  it('reports every city on GET /health', async () => {
    const health = await fetch(federation.gatewayUrl.replace('/graphql', '/health'));
    expect(await health.json()).toEqual({
      status: 'ok',
      service: 'gateway',
      ready: true,
      cooperation: 'ok',
      cities: { HN: 'ok', HP: 'ok' },
      schemas: { HN: { status: 'current' }, HP: { status: 'current' } },
    });
  });
});
