import { connect, createServer, Server, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { register } from 'prom-client';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

/**
 * Stands in front of a city: while `silent` it accepts connections and never answers (counting the
 * requests that reach it: GraphQL, and the gateway's question for its data version); once it is given the city's address it passes traffic through.
 */
async function startStandInCity() {
  const sockets = new Set<Socket>();
  let target: URL | undefined;
  let graphqlRequests = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (target) {
      const city = connect(Number(target.port), target.hostname);
      sockets.add(city);
      socket.pipe(city).pipe(socket);
      city.on('error', () => socket.destroy());
      socket.on('error', () => city.destroy());
      return;
    }
    socket.on('error', () => {});
    socket.on(
      'data',
      (chunk) =>
        (graphqlRequests +=
          chunk.toString('latin1').match(/^(POST \/graphql|GET \/data-version) /gm)?.length ?? 0),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    graphqlRequests: () => graphqlRequests,
    passTo: (cityUrl: string) => (target = new URL(cityUrl)),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// Long enough that the breaker stays open through several queries on a loaded machine.
const RESET_MS = 6_000;
const QUERY = `{
  hn: grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { name }
  dn: grassrootsUnion(cityCode: "DN", id: "dn-truong-thpt-anh-duong") { name }
}`;
const HN_UNION = { name: 'Công đoàn Trường THCS-THPT Newton' };

describe(`the circuit breaker in front of a city that never answers (${ENGINE})`, () => {
  let federation: RunningFederation;
  let standIn: Awaited<ReturnType<typeof startStandInCity>>;
  const health = async () =>
    (await fetch(federation.gatewayUrl.replace('/graphql', '/health'))).json() as Promise<
      Record<string, unknown>
    >;
  // The /metrics route may not be mounted: the gauge lives on prom-client's default registry either way.
  const breakerGauge = async () => {
    const scraped = await fetch(federation.gatewayUrl.replace('/graphql', '/metrics'));
    const text = scraped.ok
      ? await scraped.text()
      : await register.getSingleMetricAsString('hub_city_breaker_state');
    return /^hub_city_breaker_state\{city="DN"\} (\d)$/m.exec(text)?.[1];
  };

  beforeAll(async () => {
    standIn = await startStandInCity();
    // DN is a real city deployment, reached only through the stand-in, which starts out silent.
    federation = await startFederation({
      cities: [
        { code: 'HN', name: 'Hà Nội' },
        { code: 'HP', name: 'Hải Phòng' },
        { code: 'DN', name: 'Đà Nẵng' },
      ],
      extraCityUrls: { DN: standIn.url },
      cityTimeoutMs: 2_000,
      gatewayEnv: { CITY_BREAKER_FAILURES: '3', CITY_BREAKER_RESET_MS: String(RESET_MS) },
    });
  });
  afterAll(async () => {
    await federation?.close();
    await standIn?.close();
  });

  it('asks the silent city until the threshold, then answers CITY_UNAVAILABLE without asking it', async () => {
    for (let i = 0; i < 3; i += 1) {
      const result = await federation.query(QUERY);
      expect(result.data).toEqual({ hn: HN_UNION, dn: null });
      expect(result.errors![0]).toMatchObject({
        message: 'City DN is unavailable: it did not answer in time',
        extensions: { code: 'CITY_UNAVAILABLE', cityCode: 'DN' },
      });
    }
    expect(standIn.graphqlRequests()).toBe(3);

    for (let i = 0; i < 3; i += 1) {
      const result = await federation.query(QUERY);
      expect(result.data).toEqual({ hn: HN_UNION, dn: null });
      expect(result.errors).toEqual([
        {
          message:
            'City DN is unavailable: it failed 3 times in a row and is asked again only after a pause of 6 s',
          path: ['dn'],
          extensions: expect.objectContaining({
            code: 'CITY_UNAVAILABLE',
            cityCode: 'DN',
            reason: 'circuit-open',
          }),
        },
      ]);
    }
    expect(standIn.graphqlRequests()).toBe(3);
  });

  it('reports the open city on /health and in the metrics, still ready', async () => {
    expect(await health()).toEqual({
      status: 'degraded',
      service: 'gateway',
      ready: true,
      cooperation: 'ok',
      cities: { HN: 'ok', HP: 'ok', DN: 'open' },
      unavailableCities: ['DN'],
      // DN has not answered since the gateway started: its schema is not known yet.
      schemas: { HN: { status: 'current' }, HP: { status: 'current' }, DN: { status: 'unknown' } },
    });
    expect(await breakerGauge()).toBe('2');
    const fetches = await register.getSingleMetricAsString('hub_city_fetch_seconds');
    expect(fetches).toMatch(/^hub_city_fetch_seconds_count\{city="DN",outcome="timeout"\} 3$/m);
    expect(fetches).toMatch(/^hub_city_fetch_seconds_count\{city="HN",outcome="ok"\} [1-9]/m);
    const shortCircuits = await register.getSingleMetricAsString('hub_city_breaker_short_circuits_total');
    expect(shortCircuits).toMatch(/^hub_city_breaker_short_circuits_total\{city="DN"\} 3$/m);
    // The health check itself sent nothing to the open city.
    expect(standIn.graphqlRequests()).toBe(3);
  });

  it('lets one probe through after the pause, and opens again when it fails', async () => {
    await sleep(RESET_MS + 100);
    const [first, second] = await Promise.all([federation.query(QUERY), federation.query(QUERY)]);
    expect(standIn.graphqlRequests()).toBe(4);
    const reasons = [first, second].map((result) => result.errors![0].extensions!.reason ?? 'asked');
    expect(reasons.sort()).toEqual(['asked', 'circuit-open']);
    expect(await breakerGauge()).toBe('2');
  });

  it('closes when the city is back, and /health shows it ok', async () => {
    standIn.passTo(federation.cityUrls.DN);
    await sleep(RESET_MS + 100);
    const probe = await federation.query(QUERY);
    expect(probe.errors).toBeUndefined();
    expect(probe.data).toEqual({ hn: HN_UNION, dn: { name: 'Công đoàn Trường THPT Ánh Dương' } });
    expect(await breakerGauge()).toBe('0');
    const again = await federation.query(QUERY);
    expect(again.errors).toBeUndefined();
    expect(await health()).toEqual({
      status: 'ok',
      service: 'gateway',
      ready: true,
      cooperation: 'ok',
      cities: { HN: 'ok', HP: 'ok', DN: 'ok' },
      schemas: { HN: { status: 'current' }, HP: { status: 'current' }, DN: { status: 'current' } },
    });
  });

  it('reports a city that is down as degraded, and the gateway not ready without cooperation', async () => {
    await federation.stopCity('HP');
    expect(await health()).toMatchObject({
      status: 'degraded',
      ready: true,
      cities: { HN: 'ok', HP: 'down', DN: 'ok' },
      unavailableCities: ['HP'],
    });
    const readiness = () => fetch(federation.gatewayUrl.replace('/graphql', '/health/ready'));
    expect((await readiness()).status).toBe(200);
    await federation.stopCity('cooperation'); // stops any service by name
    expect(await health()).toMatchObject({ status: 'degraded', ready: false, cooperation: 'down' });
    expect((await readiness()).status).toBe(503);
  });
});
