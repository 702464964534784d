import { RunningFederation, startFederation } from '../../scripts/local-federation';

type Body = {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
};

const UNIT = 'query($id: ID!) { grassrootsUnion(cityCode: "HN", id: $id) { name } }';
const PAGE = 'query($n: Int!) { city(code: "HN") { grassrootsUnions(first: $n) { totalCount } } }';
const LEVEL =
  'query($level: SchoolLevelCode) { city(code: "HN") { grassrootsUnions(level: $level) { totalCount } } }';
const PROGRAMME = 'mutation($input: ProgrammeInput!) { createExchangeProgramme(input: $input) { id } }';

/**
 * Malformed requests, each with the status and code a subgraph's Apollo Server answers it with:
 * variables that do not coerce are 400 BAD_USER_INPUT, an operation that cannot be chosen is 400
 * OPERATION_RESOLUTION_FAILURE, and so on. None may be a 5xx or an INTERNAL_SERVER_ERROR.
 */
const CASES: [string, Record<string, unknown> | string, number, string][] = [
  ['a variable of the wrong type', { query: UNIT, variables: { id: { a: 1 } } }, 400, 'BAD_USER_INPUT'],
  ['a missing required variable', { query: UNIT, variables: {} }, 400, 'BAD_USER_INPUT'],
  ['no variables at all', { query: UNIT }, 400, 'BAD_USER_INPUT'],
  ['null for a required variable', { query: UNIT, variables: { id: null } }, 400, 'BAD_USER_INPUT'],
  ['a string for an Int', { query: PAGE, variables: { n: 'ten' } }, 400, 'BAD_USER_INPUT'],
  ['an Int beyond 32 bits', { query: PAGE, variables: { n: 2 ** 40 } }, 400, 'BAD_USER_INPUT'],
  ['a float for an Int', { query: PAGE, variables: { n: 1.5 } }, 400, 'BAD_USER_INPUT'],
  ['an unknown enum value', { query: LEVEL, variables: { level: 'NOPE' } }, 400, 'BAD_USER_INPUT'],
  [
    'an input object missing its fields',
    { query: PROGRAMME, variables: { input: {} } },
    400,
    'BAD_USER_INPUT',
  ],
  [
    'an input object of the wrong shape',
    { query: PROGRAMME, variables: { input: [1, 2] } },
    400,
    'BAD_USER_INPUT',
  ],
  [
    'two operations without operationName',
    { query: 'query A { cities { code } } query B { cities { name } }' },
    400,
    'OPERATION_RESOLUTION_FAILURE',
  ],
  [
    'an unknown operationName',
    { query: 'query A { cities { code } }', operationName: 'C' },
    400,
    'OPERATION_RESOLUTION_FAILURE',
  ],
  [
    'an operationName for an anonymous operation',
    { query: '{ cities { code } }', operationName: 'A' },
    400,
    'OPERATION_RESOLUTION_FAILURE',
  ],
  [
    'an unknown operationName with variables that do not coerce',
    { query: `${UNIT.replace('query(', 'query U(')}`, operationName: 'X', variables: { id: {} } },
    400,
    'OPERATION_RESOLUTION_FAILURE',
  ],
  [
    'null for a page size that has a default',
    { query: PAGE.replace('$n: Int!', '$n: Int'), variables: { n: null } },
    400,
    'BAD_USER_INPUT',
  ],
  [
    'a subscription, which the graph does not serve',
    { query: 'subscription { cities { code } }' },
    400,
    'GRAPHQL_VALIDATION_FAILED',
  ],
  ['a fragment only', { query: 'fragment F on City { code }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a syntax error', { query: '{ cities { code ' }, 400, 'GRAPHQL_PARSE_FAILED'],
  ['an unknown field', { query: '{ cities { nope } }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['an undefined variable', { query: '{ city(code: $c) { code } }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['variables that are not an object', { query: UNIT, variables: 'id=1' }, 400, 'BAD_REQUEST'],
  ['an operationName that is not a string', { query: UNIT, operationName: 7 }, 400, 'BAD_REQUEST'],
  ['no query', { variables: {} }, 400, 'BAD_REQUEST'],
  ['a query that is not a string', { query: { cities: true } }, 400, 'BAD_REQUEST'],
  ['a body that is not JSON', '{"query": "{ cities { code } }"', 400, 'BAD_USER_INPUT'],
];

describe('malformed requests at the gateway: a clear 4xx, never a 5xx, and no subgraph called', () => {
  let federation: RunningFederation;
  const subgraphRequests = () => ['HN', 'HP', 'cooperation'].map((name) => federation.requestsTo(name));

  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it.each(CASES)('%s', async (_name, body, status, code) => {
    const before = subgraphRequests();
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
    expect(response.status).toBe(status);
    const answer = JSON.parse(text) as Body;
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(answer.errors!.map((error) => error.extensions?.code)).toEqual(answer.errors!.map(() => code));
    expect(subgraphRequests()).toEqual(before);
  });

  it('names the variable and reports every one that does not coerce, as a subgraph does', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query($id: ID!, $n: Int!) { grassrootsUnion(cityCode: "HN", id: $id) { members(first: $n) { totalCount } } }',
        variables: { n: 'x' },
      }),
    });
    const answer = (await response.json()) as Body;
    expect(response.status).toBe(400);
    expect(answer.errors!.map((error) => error.message)).toEqual([
      'Variable "$id" of required type "ID!" was not provided.',
      'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"',
    ]);
  });

  it('still answers a well-formed request with operationName among several operations', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query A { cities { code } } query B { cities { name } }',
        operationName: 'B',
      }),
    });
    const answer = (await response.json()) as { data: { cities: { name: string }[] } };
    expect(response.status).toBe(200);
    expect(answer.data.cities.map((city) => city.name)).toEqual(['Hà Nội', 'Hải Phòng']);
  });
});
