import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { register } from 'prom-client';
import { CitySchemaSkew } from '../../gateway/src/city-schema-skew';
import { buildCitySchema } from '../../services/city/src/schema';
import { printSubgraphSdl } from '../../services/shared/src/federated-schema';
import { captureLogs } from '../../services/shared/src/logging';
import { schemaHash } from '../../services/shared/src/schema-fingerprint';
import { Handler, routerWith, run } from '../support/stand-in-cities';

const supergraph = readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const CITY_MEMBERS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on City { memberCount } } }`;
const CITY_UNITS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on City { grassrootsUnionCount } } }`;
const city = (code: string) => ({ __typename: 'City', code });

let current: string;
let older: string;
let ahead: string;
beforeAll(async () => {
  current = printSubgraphSdl(await buildCitySchema());
  older = printSubgraphSdl(
    await buildCitySchema({ without: ['City.memberCount', 'GrassrootsUnion.memberCount'] }),
  );
  ahead = current.replace(/type City\n( {2}@[^\n]*\n)*\{\n/, '$&  motto: String\n');
  expect(ahead).not.toBe(current);
});

/** A city that serves `sdl()` (read at each ask, so it can change) and answers other fetches with `answer`. */
function cityServing(sdl: () => string, answer: Handler = () => ({ data: {} })): Handler {
  return (request) =>
    request.query.includes('_service') ? { data: { _service: { sdl: sdl() } } } : answer(request);
}

const cityEntities: Handler = ({ variables }) => ({
  data: { _entities: variables.representations.map(() => ({ memberCount: 1, grassrootsUnionCount: 2 })) },
});

function monitorOf(handlers: Record<string, Handler>) {
  const { router, asked } = routerWith(handlers);
  const cities = router.cities.map(({ code, source }) => ({
    code,
    source,
    url: `http://${code}.invalid/graphql`,
  }));
  const skew = new CitySchemaSkew(supergraph, cities);
  /** As the gateway's readiness check of a city whose release names no hash: its SDL is asked. */
  const readiness = (...codes: string[]) =>
    Promise.all(codes.map((code) => skew.readinessReported(code, { status: 'ok' })));
  router.guardSchemas(skew);
  const sdlAsks = (code: string) =>
    (asked[code] ?? []).filter(({ query }) => query.includes('_service')).length;
  return { router, asked, skew, sdlAsks, readiness };
}

async function gauge(city: string, status: string) {
  const metric = await register.getSingleMetric('hub_city_schema_skew')!.get();
  return metric.values.find(({ labels }) => labels.city === city && labels.status === status)?.value;
}

describe('the gateway’s view of each city’s schema', () => {
  it('learns each city’s status from its SDL, for readiness, metrics and the log', async () => {
    const logs = captureLogs();
    try {
      const { skew, readiness } = monitorOf({
        HN: cityServing(() => current),
        HP: cityServing(() => older),
        DN: cityServing(() => ahead),
      });
      expect(skew.report()).toEqual({
        HN: { status: 'unknown' },
        HP: { status: 'unknown' },
        DN: { status: 'unknown' },
      });
      await readiness('HN', 'HP', 'DN');
      expect(skew.report()).toEqual({
        HN: { status: 'current' },
        HP: {
          status: 'behind',
          hash: expect.stringMatching(/^[0-9a-f]{64}$/),
          expected: skew.expectedHash,
          missing: ['City.memberCount', 'GrassrootsUnion.memberCount'],
        },
        DN: {
          status: 'ahead',
          hash: expect.any(String),
          expected: skew.expectedHash,
          excess: ['City.motto'],
        },
      });
      expect(skew.report().HP.hash).toBe(
        schemaHash(await buildCitySchema({ without: ['City.memberCount', 'GrassrootsUnion.memberCount'] })),
      );
      expect(await gauge('HP', 'behind')).toBe(1);
      expect(await gauge('HP', 'unknown')).toBe(0);
      expect(await gauge('HN', 'current')).toBe(1);
      expect(await gauge('DN', 'ahead')).toBe(1);
      const warned = logs.lines.filter((line) => line.level === 'warn' && line.city === 'HP');
      expect(warned).toEqual([
        expect.objectContaining({
          status: 'behind',
          missing: ['City.memberCount', 'GrassrootsUnion.memberCount'],
        }),
      ]);
    } finally {
      logs.stop();
    }
  });

  it('answers CITY_SCHEMA_BEHIND for the part of a city that lacks a field, without asking it', async () => {
    const { router, asked, readiness } = monitorOf({
      HN: cityServing(() => current, cityEntities),
      HP: cityServing(() => older, cityEntities),
    });
    await readiness('HN', 'HP');
    const response = await run(router, CITY_MEMBERS, { representations: [city('HN'), city('HP')] });
    expect(response).toEqual({
      data: { _entities: [{ memberCount: 1, grassrootsUnionCount: 2 }, null] },
      errors: [
        {
          message:
            "City HP serves an older schema and cannot answer City.memberCount; the other cities' answers are unaffected",
          path: ['_entities', 1],
          extensions: { code: 'CITY_SCHEMA_BEHIND', cityCode: 'HP', fields: ['City.memberCount'] },
        },
      ],
    });
    expect(asked.HP.filter(({ query }) => !query.includes('_service'))).toEqual([]);
    // What HP does have, it is asked for.
    const units = await run(router, CITY_UNITS, { representations: [city('HN'), city('HP')] });
    expect(units.errors).toBeUndefined();
    expect(asked.HP.filter(({ query }) => !query.includes('_service'))).toHaveLength(1);
    // A root field: the error stands at the client's response key.
    const root = await run(
      router,
      `{ catBa: grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { name memberCount } }`,
    );
    expect(root.data).toEqual({ catBa: null });
    expect(root.errors).toEqual([
      expect.objectContaining({
        path: ['catBa'],
        extensions: { code: 'CITY_SCHEMA_BEHIND', cityCode: 'HP', fields: ['GrassrootsUnion.memberCount'] },
      }),
    ]);
  });

  it('asks a city for its SDL once per new hash, and never for the supergraph’s own hash', async () => {
    const { skew, sdlAsks, readiness } = monitorOf({
      HN: cityServing(() => current),
      HP: cityServing(() => older),
    });
    await skew.readinessReported('HN', { status: 'ok', schema: { hash: skew.expectedHash } });
    expect(skew.status('HN')).toBe('current');
    expect(sdlAsks('HN')).toBe(0);
    // A release that names no hash is asked once, then left to its answers' refusals.
    await readiness('HN');
    expect(sdlAsks('HN')).toBe(0);
    await Promise.all([skew.reported('HP', 'h1'), skew.reported('HP', 'h1'), skew.reported('HP', 'h1')]);
    expect(skew.status('HP')).toBe('behind');
    expect(sdlAsks('HP')).toBe(1);
    await skew.reported('HP', 'h1');
    expect(sdlAsks('HP')).toBe(1);
  });

  it('notices an upgrade from the x-schema-hash of an answer', async () => {
    let served = older;
    const withHash: Handler = (request) => ({
      ...(cityEntities(request) as object),
      http: { headers: new Headers({ 'x-schema-hash': served === older ? 'old' : 'new' }) },
    });
    const { router, skew, sdlAsks } = monitorOf({
      HN: cityServing(() => current),
      HP: cityServing(() => served, withHash),
    });
    await skew.reported('HP', 'old');
    expect(skew.status('HP')).toBe('behind');
    served = current; // HP restarted on the new release
    await run(router, CITY_UNITS, { representations: [city('HP')] });
    await skew.settled();
    expect(skew.status('HP')).toBe('current');
    expect(sdlAsks('HP')).toBe(2);
    expect((await run(router, CITY_MEMBERS, { representations: [city('HP')] })).errors).toBeUndefined();
  });

  it('explains a validation refusal of a city it thought current, and looks at its schema again', async () => {
    let served = current;
    // As RemoteGraphQLDataSource reports a 400 answer.
    const refuse: Handler = () => {
      throw new GraphQLError('400: Bad Request', {
        extensions: {
          response: {
            status: 400,
            body: {
              errors: [
                {
                  message: 'Cannot query field "memberCount" on type "City".',
                  extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
                },
              ],
            },
          },
        },
      });
    };
    const { router, skew, readiness } = monitorOf({
      HN: cityServing(() => current),
      HP: cityServing(() => served, refuse),
    });
    await readiness('HN', 'HP');
    expect(skew.status('HP')).toBe('current');
    served = older; // HP rolled back to the previous release
    const response = await run(router, CITY_MEMBERS, { representations: [city('HP')] });
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ['_entities', 0],
        extensions: { code: 'CITY_SCHEMA_BEHIND', cityCode: 'HP', fields: ['City.memberCount'] },
      }),
    ]);
    await skew.settled();
    expect(skew.status('HP')).toBe('behind');
  });
});
