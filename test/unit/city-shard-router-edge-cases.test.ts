import { parse } from 'graphql';
import { planEntities } from '../../gateway/src/entity-routing';
import {
  answerFields,
  echoEntities,
  ENTITIES_QUERY,
  Handler,
  level,
  routerWith,
  routing,
  run,
  union,
} from '../support/stand-in-cities';

const rootFieldsOf = (query: string) =>
  (parse(query).definitions[0] as any).selectionSet.selections.map(
    (field: any) => field.alias?.value ?? field.name.value,
  );

describe('city shard router: default values of variables', () => {
  const QUERY = `query($c: String! = "HN", $id: ID! = "newton") { unit: grassrootsUnion(cityCode: $c, id: $id) { name } }`;

  it('routes by the default of a variable the client did not send, and sends the city that value', async () => {
    const { router, asked } = routerWith({ HN: answerFields, HP: answerFields });
    const response = await run(router, QUERY);
    expect(response).toEqual({ data: { unit: { ok: true } } });
    expect(asked.HP).toBeUndefined();
    expect(asked.HN).toHaveLength(1);
    expect(asked.HN[0].variables).toEqual({ c: 'HN', id: 'newton' });
  });

  it('lets a value that was sent win over the default', async () => {
    const { router, asked } = routerWith({ HN: answerFields, HP: answerFields });
    await run(router, QUERY, { c: 'HP' });
    expect(asked.HN).toBeUndefined();
    expect(asked.HP[0].variables).toEqual({ c: 'HP', id: 'newton' });
  });

  it('still refuses a field whose city variable has neither a value nor a default', async () => {
    const { router, asked } = routerWith({ HN: answerFields });
    const response = await run(
      router,
      `query($c: String) { unit: grassrootsUnion(cityCode: $c, id: "x") { name } }`,
    );
    expect(response.data).toEqual({ unit: null });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['unit'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'cityCode' },
      }),
    ]);
    expect(asked.HN).toBeUndefined();
  });
});

describe('city shard router: @include and @skip at the root', () => {
  const hn = 'a: grassrootsUnion(cityCode: "HN", id: "newton") { name }';
  const hp = 'b: grassrootsUnion(cityCode: "HP", id: "cat-ba") { name }';
  const byVariable = `query($x: Boolean!) { ${hn} ... @include(if: $x) { ${hp} } }`;

  it.each([
    ['a variable, true', byVariable, { x: true }, ['a', 'b']],
    ['a variable, false', byVariable, { x: false }, ['a']],
    ['a literal true', `{ ${hn} ... @include(if: true) { ${hp} } }`, {}, ['a', 'b']],
    ['a literal false', `{ ${hn} ... @include(if: false) { ${hp} } }`, {}, ['a']],
    ['@skip, true', `query($x: Boolean!) { ${hn} ... @skip(if: $x) { ${hp} } }`, { x: true }, ['a']],
    ['@skip, false', `query($x: Boolean!) { ${hn} ... @skip(if: $x) { ${hp} } }`, { x: false }, ['a', 'b']],
    ['a default', `query($x: Boolean! = false) { ${hn} ... @include(if: $x) { ${hp} } }`, {}, ['a']],
    [
      'a fragment spread holding both cities',
      `query($x: Boolean!) { ...Both @include(if: $x) } fragment Both on Query { ${hn} ${hp} }`,
      { x: true },
      ['a', 'b'],
    ],
    [
      'a fragment spread left out',
      `query($x: Boolean!) { ...Both @include(if: $x) } fragment Both on Query { ${hn} ${hp} }`,
      { x: false },
      [],
    ],
  ])('splits a conditional fragment across cities (%s)', async (_name, query, variables, keys) => {
    const { router, asked } = routerWith({ HN: answerFields, HP: answerFields });
    const response = await run(router, query, variables);
    expect(response.errors).toBeUndefined();
    expect(Object.keys(response.data!)).toEqual(keys);
    const askedFields = Object.values(asked).flatMap((requests) =>
      requests.flatMap((r) => rootFieldsOf(r.query)),
    );
    expect(askedFields.sort()).toEqual([...keys].sort());
    expect(asked.HP?.length ?? 0).toBe(keys.includes('b') ? 1 : 0);
    // The condition was decided here: the cities get only the fields, without the unused $x.
    for (const request of Object.values(asked).flat()) {
      expect(request.query).not.toContain('$x');
      expect(request.variables).not.toHaveProperty('x');
    }
  });

  it('drops a root field that @skip leaves out and keeps the condition on one it lets through', async () => {
    const { router, asked } = routerWith({ HN: answerFields, HP: answerFields });
    const query = `query($x: Boolean!) { a: organisation(cityCode: "HN", id: "1") @skip(if: $x) { name }
      b: organisation(cityCode: "HP", id: "2") @include(if: $x) { name } }`;
    const response = await run(router, query, { x: true });
    expect(response).toEqual({ data: { b: { ok: true } } });
    expect(asked.HN).toBeUndefined();
    expect(asked.HP[0].variables).toEqual({ x: true });
  });

  it('still refuses other directives on a root fragment, which cannot be split', async () => {
    const { router } = routerWith({ HN: answerFields, HP: answerFields });
    await expect(run(router, `{ ... @defer { ${hn} ${hp} } }`)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('city shard router: a city that answers its own errors instead of data', () => {
  const nonNullViolation: Handler = () => ({
    data: null,
    errors: [
      {
        message: 'Cannot return null for non-nullable field GrassrootsUnion.name.',
        path: ['_entities', 1, 'name'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });

  it('passes those errors on at the client’s representations, not as CITY_UNAVAILABLE', async () => {
    const { router } = routerWith({ HN: echoEntities('HN'), HP: nonNullViolation });
    const response = await run(router, ENTITIES_QUERY, {
      representations: [union('HP', 'b'), union('HN', 'a'), union('HP', 'broken'), union('HN', 'c')],
    });
    expect(response.data!._entities).toEqual([null, { name: 'a@HN' }, null, { name: 'c@HN' }]);
    expect(response.errors).toEqual([
      {
        message: 'Cannot return null for non-nullable field GrassrootsUnion.name.',
        path: ['_entities', 2, 'name'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });

  it('places an error on the whole list at each representation the city was sent', async () => {
    const { router } = routerWith({
      HN: echoEntities('HN'),
      HP: () => ({
        errors: [{ message: 'refused', path: ['_entities'], extensions: { code: 'FORBIDDEN' } }],
      }),
    });
    const response = await run(router, ENTITIES_QUERY, {
      representations: [union('HP', 'b'), union('HN', 'a'), union('HP', 'd')],
    });
    expect(response.data!._entities).toEqual([null, { name: 'a@HN' }, null]);
    expect(response.errors!.map((error) => [error.path, error.extensions!.code])).toEqual([
      [['_entities', 0], 'FORBIDDEN'],
      [['_entities', 2], 'FORBIDDEN'],
    ]);
  });

  it('keeps other cities’ contributions to a city-wide entity when one city answers only errors', async () => {
    const { router } = routerWith({
      HN: echoEntities('HN'),
      HP: () => ({ data: null, errors: [{ message: 'bad', path: ['_entities', 0, 'cityFigures'] }] }),
    });
    const response = await run(router, ENTITIES_QUERY, { representations: [level('PRIMARY')] });
    expect(response.data!._entities).toEqual([{ cityFigures: [{ cityCode: 'HN', level: 'PRIMARY' }] }]);
    expect(response.errors).toEqual([{ message: 'bad', path: ['_entities', 0, 'cityFigures'] }]);
  });

  it('drops the path of an error at a position the city was never sent', async () => {
    const { router } = routerWith({
      HN: () => ({ data: null, errors: [{ message: 'odd', path: ['_entities', 7, 'name'] }] }),
    });
    const response = await run(router, ENTITIES_QUERY, { representations: [union('HN', 'a')] });
    expect(response.errors).toEqual([{ message: 'odd' }]);
  });

  it('passes on a root field’s errors when its city nulls its data', async () => {
    const { router } = routerWith({
      HN: () => ({ data: null, errors: [{ message: 'non-null', path: ['a', 'name'] }] }),
      HP: () => ({ data: { b: { name: 'y' } } }),
    });
    const response = await run(
      router,
      `{ a: organisation(cityCode: "HN", id: "1") { name } b: organisation(cityCode: "HP", id: "2") { name } }`,
    );
    expect(response).toEqual({
      data: { a: null, b: { name: 'y' } },
      errors: [{ message: 'non-null', path: ['a', 'name'] }],
    });
  });

  it('reports a city that answers neither data nor errors as unavailable', async () => {
    const { router } = routerWith({ HN: () => ({}) });
    const entities = await run(router, ENTITIES_QUERY, { representations: [union('HN', 'a')] });
    expect(entities.errors).toEqual([
      expect.objectContaining({
        path: ['_entities', 0, 'name'],
        extensions: { code: 'CITY_UNAVAILABLE', cityCode: 'HN' },
      }),
    ]);
    const fields = await run(router, `{ a: organisation(cityCode: "HN", id: "1") { name } }`);
    expect(fields.errors).toEqual([
      expect.objectContaining({ path: ['a'], extensions: { code: 'CITY_UNAVAILABLE', cityCode: 'HN' } }),
    ]);
  });
});

describe('city shard router: many representations', () => {
  const CITIES = ['HN', 'HP', 'DN', 'HUE'];
  const COUNT = 10_000;
  // A fixed, uneven interleaving: runs of one city, then alternations, and a few city-wide ones.
  const representations = Array.from({ length: COUNT }, (_, i) =>
    i % 997 === 0 ? level(`L${i}`) : union(CITIES[(i * i + (i >> 7)) % CITIES.length], `u${i}`),
  );

  it('groups 10,000 representations by city in one pass, each group in its original order', () => {
    const plan = planEntities(routing, representations);
    expect([...plan.byCity.keys()].sort()).toEqual([...CITIES].sort());
    const grouped = [...plan.byCity.values()].flat();
    expect(grouped.length + plan.fanOut.length).toBe(COUNT);
    for (const [city, indexes] of plan.byCity) {
      expect(indexes.every((index, k) => k === 0 || indexes[k - 1] < index)).toBe(true);
      expect(
        indexes.every((index) => (representations[index] as { cityCode?: string }).cityCode === city),
      ).toBe(true);
    }
    expect(plan.fanOut).toEqual(
      representations.flatMap((rep, i) => (rep.__typename === 'SchoolLevel' ? [i] : [])),
    );
  });

  it('asks each city once and puts 10,000 answers back in the original order', async () => {
    const { router, asked } = routerWith(
      Object.fromEntries(CITIES.map((code) => [code, echoEntities(code)])),
    );
    const response = await run(router, ENTITIES_QUERY, { representations });
    const entities = response.data!._entities as any[];
    expect(response.errors).toBeUndefined();
    expect(entities).toHaveLength(COUNT);
    representations.forEach((rep: any, i) => {
      if (rep.__typename === 'SchoolLevel') {
        expect(entities[i].cityFigures.map((figure: any) => figure.cityCode)).toEqual(CITIES);
      } else {
        expect(entities[i]).toEqual({ name: `${rep.id}@${rep.cityCode}` });
      }
    });
    for (const code of CITIES) expect(asked[code]).toHaveLength(1);
  });
});
