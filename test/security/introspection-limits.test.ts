import { getIntrospectionQuery } from 'graphql';
import { formatCityDirectory } from '../../gateway/src/city-directory';
import { STANDARD_INTROSPECTION_DEPTH } from '../../gateway/src/introspection-limits';
import { startGateway } from '../../gateway/src/main';
import { gatewayKeyEnv } from '../../scripts/demo-keys';
import { postGraphQL, RunningFederation, startFederation } from '../../scripts/local-federation';

const ALL_OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
};

/** `__schema { types { fields { type { ofType { … { name } } } } } }`, `depth` levels of fields. */
function deepSchemaQuery(depth: number): string {
  let selection = 'name';
  for (let level = 6; level <= depth; level += 1) selection = `ofType { ${selection} }`;
  return `{ __schema { types { fields { type { ${selection} } } } } }`;
}

describe('introspection under the abuse limits (default limits, introspection on)', () => {
  let federation: RunningFederation;
  const subgraphRequests = () => ['HN', 'HP', 'cooperation'].map((name) => federation.requestsTo(name));

  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  const expectRefusedUpstream = async (query: string, message: RegExp) => {
    const before = subgraphRequests();
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors: { message: string }[] };
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors.map((error) => error.message).join('\n')).toMatch(message);
    expect(subgraphRequests()).toEqual(before);
  };

  it.each([
    ['getIntrospectionQuery()', getIntrospectionQuery()],
    ['getIntrospectionQuery() with every option', getIntrospectionQuery(ALL_OPTIONS)],
  ])('answers %s, as GraphiQL and GraphQL Code Generator send it', async (_name, query) => {
    const before = subgraphRequests();
    const answer = await federation.query(query);
    expect(answer.errors).toBeUndefined();
    const types = answer.data?.__schema.types as { name: string }[];
    expect(types.map((type) => type.name)).toEqual(expect.arrayContaining(['Query', 'City', '__Schema']));
    // The gateway answers introspection from its own schema.
    expect(subgraphRequests()).toEqual(before);
  });

  it('lets the standard depth through and refuses one level more', async () => {
    expect(STANDARD_INTROSPECTION_DEPTH).toBeGreaterThan(12); // why MAX_DEPTH alone would not do
    const atLimit = await federation.query(deepSchemaQuery(STANDARD_INTROSPECTION_DEPTH));
    expect(atLimit.errors).toBeUndefined();
    await expectRefusedUpstream(
      deepSchemaQuery(STANDARD_INTROSPECTION_DEPTH + 1),
      new RegExp(`Introspection depth limit of ${STANDARD_INTROSPECTION_DEPTH} exceeded`),
    );
  });

  it('refuses a deeply nested __schema query, also when spread through fragments', async () => {
    await expectRefusedUpstream(deepSchemaQuery(60), /Introspection depth limit/);
    let fragments = 'fragment T0 on __Type { name }';
    for (let i = 1; i <= 30; i += 1) fragments += ` fragment T${i} on __Type { ofType { ...T${i - 1} } }`;
    await expectRefusedUpstream(
      `{ __schema { types { ...T30 } } } ${fragments}`,
      /Introspection depth limit/,
    );
  });

  it('refuses an introspection fan-out (fields of the types of fields of …)', async () => {
    await expectRefusedUpstream(
      '{ __schema { types { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } } }',
      /introspection depth/i,
    );
  });

  it('keeps __type under MAX_DEPTH, which graphql-armor applies to it', async () => {
    let selection = 'name';
    for (let i = 0; i < 10; i += 1) selection = `ofType { ${selection} }`;
    // Depth 14: within the introspection bound, beyond MAX_DEPTH.
    await expectRefusedUpstream(
      `{ __type(name: "City") { fields { type { ${selection} } } } }`,
      /Query depth limit of 12 exceeded, found 14/,
    );
  });

  it('refuses alias bombs of __typename and __schema', async () => {
    const typenames = Array.from({ length: 5_000 }, (_, i) => `t${i}:__typename`).join(' ');
    await expectRefusedUpstream(`{ ${typenames} }`, /token/i);
    const fewTypenames = Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ');
    await expectRefusedUpstream(`{ ${fewTypenames} }`, /Aliases limit/);
    await expectRefusedUpstream(
      '{ a: __schema { queryType { name } } b: __schema { queryType { name } } }',
      /Aliases are not allowed in introspection \("a: __schema"\)/,
    );
  });

  it('refuses a schema repeated through aliases inside introspection, even through fragments', async () => {
    await expectRefusedUpstream(
      '{ __schema { a: types { name } b: types { name } } }',
      /Aliases are not allowed in introspection \("a: types"\)/,
    );
    await expectRefusedUpstream(
      '{ __schema { types { ...F } } } fragment F on __Type { a: fields { name } b: fields { name } }',
      /Aliases are not allowed in introspection/,
    );
  });

  it('lets a client look up several types by name at once', async () => {
    const answer = await federation.query(
      '{ city: __type(name: "City") { name kind } unit: __type(name: "GrassrootsUnion") { name } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      city: { name: 'City', kind: 'OBJECT' },
      unit: { name: 'GrassrootsUnion' },
    });
  });

  it('still counts the cost of the rest of a query that also introspects', async () => {
    await expectRefusedUpstream(
      `{ __schema { queryType { name } } cities { grassrootsUnions(first: 100) { edges { node {
          members(first: 100) { edges { node { id } } } } } } } }`,
      /cost .* above the limit/,
    );
  });

  it('refuses introspection altogether when it is off', async () => {
    const cities = Object.entries(federation.cityUrls).map(([code, url]) => ({ code, url }));
    const production = await startGateway({
      ...gatewayKeyEnv(federation.keys),
      PORT: '0',
      CITIES: formatCityDirectory(cities),
      INTROSPECTION: 'false',
    });
    try {
      const answer = await postGraphQL<Record<string, unknown>>(production.url, getIntrospectionQuery());
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await production.close();
    }
  });
});
