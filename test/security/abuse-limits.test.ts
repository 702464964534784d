import { readGatewayConfig } from '../../gateway/src/config';
import { RunningFederation, startFederation } from '../../scripts/local-federation';

describe('abuse limits at the gateway: refused before any subgraph is called', () => {
  let federation: RunningFederation;
  const subgraphRequests = () => ['HN', 'HP', 'cooperation'].map((name) => federation.requestsTo(name));
  const post = (body: string) =>
    fetch(federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  const expectRefusedUpstream = async (query: string, message: RegExp) => {
    const before = subgraphRequests();
    const response = await post(JSON.stringify({ query }));
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(message);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(
      body.errors[0].extensions.code,
    );
    expect(subgraphRequests()).toEqual(before);
  };

  it('lets an ordinary query through (and it does reach the subgraphs)', async () => {
    const before = subgraphRequests();
    expect((await federation.query('{ cities { code memberCount } }')).errors).toBeUndefined();
    expect(subgraphRequests()).not.toEqual(before);
  });

  it('refuses a depth bomb', async () => {
    let selection = 'name';
    for (let i = 0; i < 10; i += 1)
      selection = `managedBy { grassrootsUnions(first: 1) { edges { node { ${selection} } } } }`;
    await expectRefusedUpstream(
      `{ grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { ${selection} } }`,
      /depth/i,
    );
  });

  it('refuses an alias bomb of 5,000 aliases', async () => {
    // Short enough to pass the body limit: the alias and token limits must refuse it.
    const aliases = Array.from({ length: 5_000 }, (_, i) => `a${i}:cities{code}`).join(' ');
    await expectRefusedUpstream(`{ ${aliases} }`, /alias|token/i);
  });

  it('refuses too many aliases even under the token limit', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: city(code: "HN") { code }`).join(' ');
    await expectRefusedUpstream(`{ ${aliases} }`, /alias/i);
  });

  it('refuses a cost bomb counted from page sizes', async () => {
    await expectRefusedUpstream(
      `{ cities { grassrootsUnions(first: 100) { edges { node { members(first: 100) { edges { node { id } } } } } } } }`,
      /cost .* above the limit/,
    );
  });

  describe('page sizes, checked before the cost so that they cannot pay for it', () => {
    const post400 = async (query: string, variables?: Record<string, unknown>) => {
      const before = subgraphRequests();
      const response = await post(JSON.stringify({ query, variables }));
      const body = (await response.json()) as {
        data?: unknown;
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(response.status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(subgraphRequests()).toEqual(before);
      return body.errors;
    };
    const EXPENSIVE = `big: grassrootsUnions(first: 100) { edges { node { members(first: 100) { edges { node { id } } } } } }`;

    it('refuses first: -100000, which made the estimate negative and let a 30,000-cost query through', async () => {
      // Alone, EXPENSIVE costs about 30,300 (over MAX_COST 20,000); -100000 used to subtract 99,999.
      const alone = await post400(`{ city(code: "HN") { ${EXPENSIVE} } }`);
      expect(alone[0].extensions).toMatchObject({ limit: 'cost', cost: 30_302 });
      const errors = await post400(
        `{ city(code: "HN") { neg: grassrootsUnions(first: -100000) { totalCount } ${EXPENSIVE} } }`,
      );
      expect(errors).toEqual([
        expect.objectContaining({
          message: 'first must be between 0 and 100 (City.grassrootsUnions was asked for -100000)',
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'first', value: -100000 }),
        }),
      ]);
    });

    it.each([
      [
        'a negative variable',
        'query($n: Int!) { city(code: "HN") { grassrootsUnions(first: $n) { totalCount } } }',
        { n: -1 },
        -1,
      ],
      [
        'a variable above 100',
        'query($n: Int!) { city(code: "HN") { grassrootsUnions(first: $n) { totalCount } } }',
        { n: 101 },
        101,
      ],
      [
        'a default above 100',
        'query($n: Int! = 1000) { city(code: "HN") { grassrootsUnions(first: $n) { totalCount } } }',
        {},
        1000,
      ],
      [
        'a size inside a fragment',
        '{ city(code: "HN") { ...U } } fragment U on City { grassrootsUnions(first: 500) { totalCount } }',
        {},
        500,
      ],
    ])('refuses %s, naming the argument', async (_name, query, variables, value) => {
      const errors = await post400(query, variables);
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', value });
    });

    it('lets 0 and 100 through', async () => {
      const result = await federation.query(
        '{ city(code: "HN") { none: grassrootsUnions(first: 0) { totalCount edges { cursor } } all: grassrootsUnions(first: 100) { totalCount } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.city.none.edges).toEqual([]);
      expect(result.data!.city.all.totalCount).toBe(result.data!.city.none.totalCount);
    });
  });

  it('refuses an oversized body with 413', async () => {
    const before = subgraphRequests();
    const response = await post(JSON.stringify({ query: `{ cities { code } } # ${'x'.repeat(200_000)}` }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(subgraphRequests()).toEqual(before);
  });

  it('refuses batched (array) requests unless enabled', async () => {
    const before = subgraphRequests();
    const response = await post(
      JSON.stringify([{ query: '{ cities { code } }' }, { query: '{ cities { name } }' }]),
    );
    expect(response.status).toBe(400);
    expect(subgraphRequests()).toEqual(before);
  });
});

describe('abuse-limit configuration', () => {
  const base = {
    CITIES: 'HN=http://127.0.0.1:1/graphql',
    JWKS_FILE: 'jwks.json',
  };

  it('turns introspection off by default in production, on in development, and lets it be set', () => {
    expect(readGatewayConfig({ ...base, NODE_ENV: 'production' }).limits.introspection).toBe(false);
    expect(readGatewayConfig({ ...base }).limits.introspection).toBe(true);
    expect(
      readGatewayConfig({ ...base, NODE_ENV: 'production', INTROSPECTION: 'true' }).limits.introspection,
    ).toBe(true);
  });

  it('reads every limit from the environment', () => {
    const config = readGatewayConfig({
      ...base,
      MAX_DEPTH: '5',
      MAX_ALIASES: '3',
      MAX_TOKENS: '100',
      MAX_COST: '50',
      MAX_BODY_BYTES: '2048',
      ALLOW_BATCHED_REQUESTS: 'true',
    });
    expect(config.limits).toMatchObject({ maxDepth: 5, maxAliases: 3, maxTokens: 100, maxCost: 50 });
    expect(config.bodyLimit).toBe('2048b');
    expect(config.allowBatchedRequests).toBe(true);
  });
});
