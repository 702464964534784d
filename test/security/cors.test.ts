import { formatCityDirectory } from '../../gateway/src/city-directory';
import { readGatewayConfig } from '../../gateway/src/config';
import { startGateway } from '../../gateway/src/main';
import { gatewayKeyEnv } from '../../scripts/demo-keys';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { RunningService } from '../../services/shared/src/http-service';

const ALLOWED = 'https://bang-dieu-khien.congdoan.example.vn';
const OTHER_ALLOWED = 'http://localhost:5173';
const EVIL = 'https://evil.example.com';
const REQUESTED_HEADERS = 'content-type, authorization, apollo-require-preflight';

describe('CORS on /graphql: an allow-list of exact origins, nothing by default', () => {
  let federation: RunningFederation;
  let withoutCors: RunningService;

  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': REQUESTED_HEADERS,
      },
    });
  const post = (url: string, headers: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  beforeAll(async () => {
    federation = await startFederation({ gatewayEnv: { CORS_ORIGINS: `${ALLOWED}, ${OTHER_ALLOWED}` } });
    // A second gateway over the same cities, configured as by default (no CORS_ORIGINS).
    withoutCors = await startGateway({
      ...gatewayKeyEnv(federation.keys),
      PORT: '0',
      CITIES: formatCityDirectory(Object.entries(federation.cityUrls).map(([code, url]) => ({ code, url }))),
    });
  });
  afterAll(async () => {
    await withoutCors?.close();
    await federation?.close();
  });

  it('answers a preflight from an allowed origin with 204, that origin and the headers clients send', async () => {
    for (const origin of [ALLOWED, OTHER_ALLOWED]) {
      const response = await preflight(federation.gatewayUrl, origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      const allowedHeaders = response.headers.get('access-control-allow-headers')?.toLowerCase().split(',');
      expect(allowedHeaders).toEqual(expect.arrayContaining(REQUESTED_HEADERS.split(', ')));
      expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
      // Bearer tokens, never cookies: browsers must not send credentials.
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toMatch(/Origin/i);
    }
  });

  it('gives a preflight from any other origin no Access-Control-Allow-Origin', async () => {
    for (const origin of [EVIL, `${ALLOWED}.evil.example.com`, 'null']) {
      const response = await preflight(federation.gatewayUrl, origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('lets an allowed origin read the answer to a POST, and no other origin', async () => {
    const allowed = await post(federation.gatewayUrl, { origin: ALLOWED });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });

    const evil = await post(federation.gatewayUrl, { origin: EVIL });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends no CORS headers at all when CORS_ORIGINS is not set', async () => {
    const response = await preflight(withoutCors.url, ALLOWED);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
    const answer = await post(withoutCors.url, { origin: ALLOWED });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is on /graphql only', async () => {
    const origin = new URL(federation.gatewayUrl).origin;
    for (const path of ['/health', '/']) {
      const response = await fetch(`${origin}${path}`, { headers: { origin: ALLOWED } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it("keeps Apollo's CSRF prevention: a simple request runs only with a preflight header", async () => {
    const simplePost = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(simplePost.status).toBe(400);
    expect(await simplePost.text()).toMatch(/Cross-Site Request Forgery/);

    const get = (headers: Record<string, string>) =>
      fetch(`${federation.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`, { headers });
    expect((await get({ origin: ALLOWED })).status).toBe(400);
    const preflighted = await get({ origin: ALLOWED, 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(200);
    expect(preflighted.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });
});

describe('CORS_ORIGINS configuration', () => {
  const base = {
    CITIES: 'HN=http://127.0.0.1:1/graphql',
    JWKS_FILE: 'jwks.json',
  };

  it('defaults to no origin and reads exact origins', () => {
    expect(readGatewayConfig(base).corsOrigins).toEqual([]);
    expect(readGatewayConfig({ ...base, CORS_ORIGINS: ` ${ALLOWED} ,${OTHER_ALLOWED}` }).corsOrigins).toEqual(
      [ALLOWED, OTHER_ALLOWED],
    );
  });

  it.each(['*', 'https://example.org/', 'https://example.org/app', 'example.org', 'ftp://example.org'])(
    'refuses %s, which is not an exact origin',
    (entry) => {
      expect(() => readGatewayConfig({ ...base, CORS_ORIGINS: entry })).toThrow(/exact origin/);
    },
  );
});
