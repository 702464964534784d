import { RunningFederation, startFederation } from '../../scripts/local-federation';

const NEWTON = 'Công đoàn Trường THCS-THPT Newton';
const HN_UNIT = 'a: grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { cityCode name }';
const HP_UNIT = 'b: grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { cityCode name }';

describe('city shard router edge cases, end to end', () => {
  let federation: RunningFederation;
  let catBa: string;
  const cityRequests = () => ({ HN: federation.requestsTo('HN'), HP: federation.requestsTo('HP') });

  beforeAll(async () => {
    federation = await startFederation();
    const result = await federation.query(`{ ${HP_UNIT} }`);
    catBa = result.data!.b.name;
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('routes by the default of a variable the client left out', async () => {
    const before = cityRequests();
    const result = await federation.query(
      'query($c: String! = "HN") { unit: grassrootsUnion(cityCode: $c, id: "hn-thcs-thpt-newton") { cityCode name } }',
    );
    expect(result).toEqual({ data: { unit: { cityCode: 'HN', name: NEWTON } } });
    const after = cityRequests();
    expect(after.HN).toBeGreaterThan(before.HN);
    expect(after.HP).toBe(before.HP);
  });

  it.each([
    ['$x true', `query($x: Boolean!) { ${HN_UNIT} ... @include(if: $x) { ${HP_UNIT} } }`, { x: true }, true],
    [
      '$x false',
      `query($x: Boolean!) { ${HN_UNIT} ... @include(if: $x) { ${HP_UNIT} } }`,
      { x: false },
      false,
    ],
    ['literal true', `{ ${HN_UNIT} ... @include(if: true) { ${HP_UNIT} } }`, {}, true],
    ['literal false', `{ ${HN_UNIT} ... @include(if: false) { ${HP_UNIT} } }`, {}, false],
    [
      '@skip, $x true',
      `query($x: Boolean!) { ${HN_UNIT} ... @skip(if: $x) { ${HP_UNIT} } }`,
      { x: true },
      false,
    ],
    [
      '@skip, $x false',
      `query($x: Boolean!) { ${HN_UNIT} ... @skip(if: $x) { ${HP_UNIT} } }`,
      { x: false },
      true,
    ],
  ])('answers a conditional root fragment over two cities (%s)', async (_name, query, variables, withHp) => {
    const result = await federation.query(query, variables);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: { cityCode: 'HN', name: NEWTON },
      ...(withHp ? { b: { cityCode: 'HP', name: catBa } } : {}),
    });
  });
});
