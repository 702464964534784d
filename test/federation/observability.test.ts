import { openCityDatabase } from '../../services/city/src/database';
import { createCityServer } from '../../services/city/src/server';
import { listen, RunningService } from '../../services/shared/src/http-service';
import { ANONYMOUS } from '../../services/shared/src/identity';
import { captureLogs, CapturedLogs } from '../../services/shared/src/logging';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { createTestDatabase, ENGINE } from '../../scripts/throwaway-databases';

/** Nothing listens on port 9 here: a configured city that refuses connections. */
const UNREACHABLE = 'http://127.0.0.1:9/graphql';

const PARTNERSHIP = `query PartnershipMembers {
  schoolPartnership(id: "newton-cat-ba") {
    isCrossCity
    unitA { cityCode name members(first: 2) { edges { node { fullName phone } } } }
    unitB { cityCode name }
  }
}`;

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as { data?: any; errors?: any[] } };
}

/** The value of one sample of a metric in Prometheus' text format, matched on every label given. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text
    .split('\n')
    .find(
      (candidate) =>
        candidate.startsWith(`${name}{`) &&
        Object.entries(labels).every(([label, value]) => candidate.includes(`${label}="${value}"`)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe(`logs, request ids, metrics and health (${ENGINE})`, () => {
  let federation: RunningFederation;
  let logs: CapturedLogs;
  let officer: string;
  const origin = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');
  const linesOf = (requestId: string) => logs.lines.filter((line) => line.requestId === requestId);

  beforeAll(async () => {
    logs = captureLogs();
    federation = await startFederation({ extraCityUrls: { QN: UNREACHABLE } });
    officer = await federation.tokenFor({ sub: 'hn-officer', role: 'city-officer', city: 'HN' });
  });
  afterAll(async () => {
    await federation?.close();
    logs?.stop();
  });

  it('logs one line per request at the gateway, cooperation and each city asked, under one request id', async () => {
    const requestId = 'obs-test-0001';
    const { response, body } = await post(federation.gatewayUrl, PARTNERSHIP, {
      authorization: `Bearer ${officer}`,
      'x-request-id': requestId,
    });
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const members = body.data.schoolPartnership.unitA.members.edges.map((edge: any) => edge.node);
    expect(members[0].fullName).toEqual(expect.any(String));

    const lines = linesOf(requestId);
    const byService = (service: string) => lines.filter((line) => line.service === service);
    expect(byService('gateway')).toEqual([
      expect.objectContaining({
        msg: 'request',
        operation: 'PartnershipMembers',
        operationType: 'query',
        status: 200,
        durationMs: expect.any(Number),
        subject: 'hn-officer',
        role: 'city-officer',
        cities: { HN: 'ok', HP: 'ok' },
      }),
    ]);
    for (const service of ['cooperation', 'city:HN', 'city:HP']) {
      expect(byService(service).length).toBeGreaterThan(0);
      for (const line of byService(service)) {
        expect(line).toMatchObject({ msg: 'request', status: 200, role: 'city-officer' });
      }
    }
    // What the query returned about people never reaches a log line.
    const logged = JSON.stringify(logs.lines);
    for (const member of members) {
      expect(logged).not.toContain(member.fullName);
      if (member.phone) expect(logged).not.toContain(member.phone);
    }
  });

  it('makes a request id when none or an odd one is sent', async () => {
    const made = await post(federation.gatewayUrl, '{ cities { code } }');
    expect(made.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const odd = await post(federation.gatewayUrl, '{ cities { code } }', { 'x-request-id': 'bad id <x>' });
    expect(odd.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the outcome of each city asked, errors and a refused token', async () => {
    const down = await post(
      federation.gatewayUrl,
      `query Outage { hn: grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { name }
                      qn: grassrootsUnion(cityCode: "QN", id: "anything") { name } }`,
      { 'x-request-id': 'obs-test-0002' },
    );
    expect(down.body.errors?.map((error) => error.extensions.code)).toEqual(['CITY_UNAVAILABLE']);
    expect(linesOf('obs-test-0002').find((line) => line.service === 'gateway')).toMatchObject({
      operation: 'Outage',
      role: 'viewer',
      errors: ['CITY_UNAVAILABLE'],
      cities: { HN: 'ok', QN: 'unavailable' },
    });

    const refused = await post(federation.gatewayUrl, '{ cities { code } }', {
      authorization: 'Bearer not-a-token',
      'x-request-id': 'obs-test-0003',
    });
    expect(refused.response.status).toBe(401);
    expect(linesOf('obs-test-0003')).toEqual([
      expect.objectContaining({ service: 'gateway', status: 401, errors: ['UNAUTHENTICATED'] }),
    ]);

    const invalid = await post(federation.gatewayUrl, 'query Broken { noSuchField }', {
      'x-request-id': 'obs-test-0004',
    });
    expect(invalid.response.status).toBe(400);
    expect(linesOf('obs-test-0004')).toEqual([
      expect.objectContaining({ service: 'gateway', status: 400, errors: ['GRAPHQL_VALIDATION_FAILED'] }),
    ]);
  });

  it('counts requests, latencies, errors, pool use and event-loop lag on /metrics', async () => {
    const gateway = await (await fetch(`${origin(federation.gatewayUrl)}/metrics`)).text();
    const labels = { service: 'gateway', operation: 'PartnershipMembers', status: '200' };
    expect(sample(gateway, 'hub_requests_total', labels)).toBe(1);
    expect(sample(gateway, 'hub_request_duration_seconds_count', labels)).toBe(1);
    expect(sample(gateway, 'hub_requests_total', { service: 'gateway', status: '401' })).toBe(1);
    expect(
      sample(gateway, 'hub_errors_total', { service: 'gateway', code: 'CITY_UNAVAILABLE' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(gateway, 'hub_errors_total', { service: 'gateway', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(gateway).toMatch(/^nodejs_eventloop_lag_seconds \d/m);

    const city = await (await fetch(`${origin(federation.cityUrls.HN)}/metrics`)).text();
    expect(sample(city, 'hub_requests_total', { service: 'city:HN', status: '200' })).toBeGreaterThan(0);
    expect(sample(city, 'hub_db_pool_connections', { service: 'city:HN', state: 'open' })).toBeGreaterThan(0);
    if (ENGINE === 'mysql') {
      const free = sample(city, 'hub_db_pool_connections', { service: 'city:HN', state: 'free' });
      const inUse = sample(city, 'hub_db_pool_connections', { service: 'city:HN', state: 'in_use' });
      expect([free, inUse]).toEqual([expect.any(Number), expect.any(Number)]);
    }
  });

  it('answers liveness and readiness', async () => {
    for (const url of [federation.gatewayUrl, federation.cityUrls.HN]) {
      expect((await fetch(`${origin(url)}/health/live`)).status).toBe(200);
      expect((await fetch(`${origin(url)}/health/ready`)).status).toBe(200);
      expect((await fetch(`${origin(url)}/health`)).status).toBe(200);
    }
    const city = await (await fetch(`${origin(federation.cityUrls.HN)}/health/ready`)).json();
    expect(city).toMatchObject({ status: 'ok', cityCode: 'HN', database: 'ok' });
  });
});

describe(`a city's readiness follows its database (${ENGINE})`, () => {
  it('is 503 with database: down once the database is closed, while still live', async () => {
    const database = await createTestDatabase('obsHN');
    const db = await openCityDatabase(database.settings, 'HN');
    let service: RunningService | undefined;
    try {
      const { app, apollo } = await createCityServer(db, 'HN', async () => ANONYMOUS);
      service = await listen(app, 0, '127.0.0.1', () => apollo.stop());
      const base = service.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/health/ready`)).status).toBe(200);
      await db.destroy();
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'down', cityCode: 'HN', database: 'down' });
      expect((await fetch(`${base}/health`)).status).toBe(503);
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
    } finally {
      await service?.close();
      if (db.isInitialized) await db.destroy();
      await database.drop();
    }
  });
});
