import { GraphQLError, parse, print } from 'graphql';
import {
  answerFields,
  echoEntities,
  ENTITIES_QUERY,
  Handler,
  level,
  routerWith,
  run,
  union,
} from '../support/stand-in-cities';

describe('city shard router: entity fetches (rule 1)', () => {
  it('sends each representation to its own city and keeps the original order', async () => {
    const { router, asked } = routerWith({ HN: echoEntities('HN'), HP: echoEntities('HP') });
    const reps = [union('HN', 'a'), union('HP', 'b'), union('HN', 'c'), union('HP', 'd')];
    const response = await run(router, ENTITIES_QUERY, { representations: reps });
    expect(response).toEqual({
      data: { _entities: [{ name: 'a@HN' }, { name: 'b@HP' }, { name: 'c@HN' }, { name: 'd@HP' }] },
    });
    expect(asked.HN.map((r) => r.variables.representations)).toEqual([[reps[0], reps[2]]]);
    expect(asked.HP.map((r) => r.variables.representations)).toEqual([[reps[1], reps[3]]]);
  });

  it('routes the City entity by its code', async () => {
    const { router, asked } = routerWith({ HN: echoEntities('HN'), HP: echoEntities('HP') });
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on City { memberCount } } }`;
    await run(router, query, { representations: [{ __typename: 'City', code: 'HP' }] });
    expect(asked.HN).toBeUndefined();
    expect(asked.HP).toHaveLength(1);
  });

  it('moves a city’s error paths back to the original representation index', async () => {
    const { router } = routerWith({
      HN: echoEntities('HN'),
      HP: () => ({
        data: { _entities: [{ name: 'b@HP' }, null] },
        errors: [{ message: 'not found', path: ['_entities', 1, 'name'], extensions: { code: 'NOT_FOUND' } }],
      }),
    });
    const response = await run(router, ENTITIES_QUERY, {
      representations: [union('HN', 'a'), union('HP', 'b'), union('HN', 'c'), union('HP', 'gone')],
    });
    expect(response.data!._entities).toEqual([{ name: 'a@HN' }, { name: 'b@HP' }, { name: 'c@HN' }, null]);
    expect(response.errors).toEqual([
      { message: 'not found', path: ['_entities', 3, 'name'], extensions: { code: 'NOT_FOUND' } },
    ]);
  });
});

describe('city shard router: root fields (rule 2)', () => {
  it('routes by a literal or a variable and splits one fetch by city, pruning what each does not use', async () => {
    const { router, asked } = routerWith({ HN: answerFields, HP: answerFields });
    const query = `query Q($hn: String!, $hp: String!, $id: ID!) {
      newton: grassrootsUnion(cityCode: $hn, id: $id) { ...Unit }
      catBa: grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { name }
      union: organisation(cityCode: $hp, id: "x") { name }
    }
    fragment Unit on GrassrootsUnion { name memberCount }`;
    const response = await run(router, query, { hn: 'HN', hp: 'HP', id: 'newton' });
    expect(response).toEqual({ data: { newton: { ok: true }, catBa: { ok: true }, union: { ok: true } } });
    expect(asked.HN).toHaveLength(1);
    expect(asked.HP).toHaveLength(1);
    expect(asked.HN[0].variables).toEqual({ hn: 'HN', id: 'newton' });
    expect(print(parse(asked.HN[0].query))).toContain('fragment Unit on GrassrootsUnion');
    expect(asked.HN[0].query).not.toContain('$hp');
    expect(asked.HP[0].variables).toEqual({ hp: 'HP' });
    expect(asked.HP[0].query).not.toContain('fragment Unit');
    expect(asked.HP[0].query).toContain('catBa: grassrootsUnion');
  });

  it('refuses an unknown city code with BAD_USER_INPUT at that field only', async () => {
    const { router, asked } = routerWith({ HN: answerFields, HP: answerFields });
    const response = await run(
      router,
      `{ a: organisation(cityCode: "HN", id: "1") { name } b: organisation(cityCode: "XX", id: "1") { name } }`,
    );
    expect(response.data).toEqual({ a: { ok: true }, b: null });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['b'],
        message: 'Unknown city code "XX"; this gateway serves HN, HP',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', cityCode: 'XX' }),
      }),
    ]);
    expect(asked.HP).toBeUndefined();
  });

  it('runs mutation fields one city after another, in document order', async () => {
    const events: string[] = [];
    const slowly =
      (code: string): Handler =>
      async (request) => {
        events.push(`start ${code}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push(`end ${code}`);
        return answerFields(request);
      };
    const { router } = routerWith({ HN: slowly('HN'), HP: slowly('HP') });
    const response = await run(
      router,
      `mutation { a: record(cityCode: "HN") b: record(cityCode: "HN") c: record(cityCode: "HP") d: record(cityCode: "HN") }`,
    );
    expect(Object.keys(response.data!)).toEqual(['a', 'b', 'c', 'd']);
    expect(events).toEqual(['start HN', 'end HN', 'start HP', 'end HP', 'start HN', 'end HN']);
  });
});

describe('city shard router: city-wide contributions (rule 3)', () => {
  it('asks every city and concatenates the lists in city order, beside city-keyed entities', async () => {
    const { router, asked } = routerWith({ HN: echoEntities('HN'), HP: echoEntities('HP') });
    const response = await run(router, ENTITIES_QUERY, {
      representations: [level('PRIMARY'), union('HP', 'b'), level('OFFICE')],
    });
    expect(response.data!._entities).toEqual([
      {
        cityFigures: [
          { cityCode: 'HN', level: 'PRIMARY' },
          { cityCode: 'HP', level: 'PRIMARY' },
        ],
      },
      { name: 'b@HP' },
      {
        cityFigures: [
          { cityCode: 'HN', level: 'OFFICE' },
          { cityCode: 'HP', level: 'OFFICE' },
        ],
      },
    ]);
    expect(asked.HN[0].variables.representations).toEqual([level('PRIMARY'), level('OFFICE')]);
    expect(asked.HP[0].variables.representations).toEqual([
      union('HP', 'b'),
      level('PRIMARY'),
      level('OFFICE'),
    ]);
  });
});

describe('city shard router: a city that fails (rule 4)', () => {
  const down: Handler = () => {
    throw Object.assign(new Error('request to http://hp/graphql failed'), {
      cause: new Error('ECONNREFUSED'),
    });
  };

  it('returns the other cities’ entities and CITY_UNAVAILABLE at the fields the city owed', async () => {
    const { router } = routerWith({ HN: echoEntities('HN'), HP: down });
    const response = await run(router, ENTITIES_QUERY, {
      representations: [union('HN', 'a'), union('HP', 'b'), level('PRIMARY')],
    });
    expect(response.data!._entities).toEqual([
      { name: 'a@HN' },
      null,
      { cityFigures: [{ cityCode: 'HN', level: 'PRIMARY' }] },
    ]);
    expect(response.errors).toEqual([
      {
        message: 'City HP is unavailable: request to http://hp/graphql failed: ECONNREFUSED',
        path: ['_entities', 1, 'name'],
        extensions: { code: 'CITY_UNAVAILABLE', cityCode: 'HP' },
      },
      expect.objectContaining({
        path: ['_entities', 2, 'cityFigures'],
        extensions: { code: 'CITY_UNAVAILABLE', cityCode: 'HP' },
      }),
    ]);
  });

  it('nulls only the root fields of the failing city', async () => {
    const { router } = routerWith({ HN: () => ({ data: { a: { name: 'x' } } }), HP: down });
    const response = await run(
      router,
      `{ a: organisation(cityCode: "HN", id: "1") { name } b: organisation(cityCode: "HP", id: "2") { name } }`,
    );
    expect(response.data).toEqual({ a: { name: 'x' }, b: null });
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['b'], extensions: { code: 'CITY_UNAVAILABLE', cityCode: 'HP' } }),
    ]);
  });

  it('gives empty lists plus errors when no city could contribute', async () => {
    const { router } = routerWith({ HN: down, HP: down });
    const response = await run(router, ENTITIES_QUERY, { representations: [level('PRIMARY')] });
    expect(response.data!._entities).toEqual([{ cityFigures: [] }]);
    expect(response.errors!.map((error) => error.extensions!.cityCode)).toEqual(['HN', 'HP']);
  });

  it('treats a representation of an unconfigured city as unavailable, not as a crash', async () => {
    const { router } = routerWith({ HN: echoEntities('HN') });
    const response = await run(router, ENTITIES_QUERY, {
      representations: [union('DN', 'x'), union('HN', 'a')],
    });
    expect(response.data!._entities).toEqual([null, { name: 'a@HN' }]);
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['_entities', 0, 'name'],
        extensions: { code: 'CITY_UNAVAILABLE', cityCode: 'DN' },
      }),
    ]);
  });

  it('passes on GraphQL errors of a city that answered with an HTTP error status', async () => {
    const rejected: Handler = () => {
      throw new GraphQLError('400: Bad Request', {
        extensions: {
          response: {
            status: 400,
            body: {
              errors: [
                { message: 'Variable "$id" got invalid value', extensions: { code: 'BAD_USER_INPUT' } },
              ],
            },
          },
        },
      });
    };
    const { router } = routerWith({ HN: rejected });
    const response = await run(router, `{ a: organisation(cityCode: "HN", id: "1") { name } }`);
    expect(response.errors).toEqual([
      { message: 'Variable "$id" got invalid value', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });
});
