import type { DataSource } from 'typeorm';
import { openCityDatabase } from '../../services/city/src/database';
import { buildCitySchema } from '../../services/city/src/schema';
import { createCityServer } from '../../services/city/src/server';
import { DEFAULT_CITY_SETTINGS } from '../../services/city/src/services/city-context';
import { UnauthenticatedError } from '../../services/shared/src/errors';
import { gatewayPublicKeysEnv, requireGatewayPublicKeys } from '../../services/shared/src/gateway-keys';
import { listen, RunningService } from '../../services/shared/src/http-service';
import type { Identity } from '../../services/shared/src/identity';
import { cityAudience, createInternalIdentityVerifier } from '../../services/shared/src/internal-identity';
import { captureLogs, CapturedLogs } from '../../services/shared/src/logging';
import { loadCityDemo } from '../../scripts/demo-loader';
import { subgraphKeyEnv } from '../../scripts/demo-keys';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

/** What HP's previous release did not have yet: two fields the graph's views ask. */
const OLDER_RELEASE_LACKS = ['City.memberCount', 'GrassrootsUnion.memberCount'];

const MEMBER_COUNTS = `{
  cities { code name memberCount }
  hn: grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { name memberCount }
  catBa: grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { name memberCount }
}`;
const WITHOUT_MEMBER_COUNTS = `{
  cities { code grassrootsUnionCount educationUnion { name chair { fullName } } }
  catBa: grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { name }
}`;

const originOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');
const readiness = async (graphqlUrl: string) => {
  const response = await fetch(`${originOf(graphqlUrl)}/health/ready`);
  return { status: response.status, body: (await response.json()) as any };
};

/** The value of `hub_city_schema_skew{city, status}` on the gateway's /metrics. */
async function skewGauge(gatewayUrl: string, city: string, status: string): Promise<number | undefined> {
  const text = await (await fetch(`${originOf(gatewayUrl)}/metrics`)).text();
  const line = text
    .split('\n')
    .find(
      (candidate) =>
        candidate.startsWith('hub_city_schema_skew{') &&
        candidate.includes(`city="${city}"`) &&
        candidate.includes(`status="${status}"`),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe(`version skew: Hải Phòng on an older schema than the gateway's (${ENGINE})`, () => {
  let federation: RunningFederation;
  let database: TestDatabase;
  let db: DataSource;
  let hp: RunningService | undefined;
  let logs: CapturedLogs;
  // HP trusts the gateway's signed identity like any city; the gateway's keys exist once it is started.
  let verify: (header: string | undefined) => Promise<Identity> = async () => {
    throw new UnauthenticatedError('the gateway is not started yet');
  };

  /** HP's deployment on `port` (0: any), serving the older release or the current one. */
  async function startHP(release: 'older' | 'current', port = 0) {
    const schema = release === 'older' ? await buildCitySchema({ without: OLDER_RELEASE_LACKS }) : undefined;
    const { app, apollo } = await createCityServer(
      db,
      'HP',
      (header) => verify(header),
      DEFAULT_CITY_SETTINGS,
      undefined,
      schema,
    );
    return listen(app, port, '127.0.0.1', () => apollo.stop());
  }

  beforeAll(async () => {
    logs = captureLogs();
    database = await createTestDatabase('skewHP');
    db = await openCityDatabase(database.settings, 'HP');
    await loadCityDemo(db, 'HP', 'Hải Phòng');
    hp = await startHP('older');
    federation = await startFederation({
      cities: [{ code: 'HN', name: 'Hà Nội' }],
      extraCityUrls: { HP: hp.url },
      // Every request asks each city its data version (and schema hash): a city rolled back between
      // two requests is not answered from an answer cached through its newer schema.
      gatewayEnv: { CITY_VERSION_TTL_MS: '0' },
    });
    const keys = requireGatewayPublicKeys(gatewayPublicKeysEnv(subgraphKeyEnv(federation.keys)));
    verify = createInternalIdentityVerifier(keys, cityAudience('HP'));
  });
  afterAll(async () => {
    await federation?.close();
    await hp?.close();
    if (db?.isInitialized) await db.destroy();
    await database?.drop();
    logs?.stop();
  });

  it('shows HP behind, with the fields it lacks, and HN current in the gateway’s readiness', async () => {
    const [gateway, hn, hpReady] = await Promise.all([
      readiness(federation.gatewayUrl),
      readiness(federation.cityUrls.HN),
      readiness(hp!.url),
    ]);
    expect(hn.body.schema.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hpReady.body.schema.hash).not.toBe(hn.body.schema.hash);
    // Still serving both cities: ready, degraded.
    expect(gateway.status).toBe(200);
    expect(gateway.body).toMatchObject({ status: 'degraded', ready: true, cities: { HN: 'ok', HP: 'ok' } });
    expect(gateway.body.schemas).toEqual({
      HN: { status: 'current' },
      HP: {
        status: 'behind',
        missing: OLDER_RELEASE_LACKS,
        hash: hpReady.body.schema.hash,
        expected: hn.body.schema.hash,
      },
    });
    const warned = logs.lines.filter((line) => line.level === 'warn' && line.city === 'HP');
    expect(warned).toEqual([expect.objectContaining({ status: 'behind', missing: OLDER_RELEASE_LACKS })]);
  });

  it('shows each city’s status on /metrics', async () => {
    expect(await skewGauge(federation.gatewayUrl, 'HP', 'behind')).toBe(1);
    expect(await skewGauge(federation.gatewayUrl, 'HP', 'current')).toBe(0);
    expect(await skewGauge(federation.gatewayUrl, 'HN', 'current')).toBe(1);
  });

  it('answers HN’s member counts, and for HP a CITY_SCHEMA_BEHIND error naming the field', async () => {
    const asked = hp!.graphqlRequests();
    const result = await federation.query(MEMBER_COUNTS);
    expect(result.data).toEqual({
      cities: [
        { code: 'HN', name: 'Hà Nội', memberCount: 16579 },
        { code: 'HP', name: 'Hải Phòng', memberCount: null },
      ],
      hn: { name: expect.stringContaining('Newton'), memberCount: expect.any(Number) },
      catBa: null,
    });
    const behind = (field: string, path: (string | number)[]) => ({
      message: `City HP serves an older schema and cannot answer ${field}; the other cities' answers are unaffected`,
      path,
      extensions: expect.objectContaining({ code: 'CITY_SCHEMA_BEHIND', cityCode: 'HP', fields: [field] }),
    });
    expect(result.errors).toEqual(
      expect.arrayContaining([
        behind('City.memberCount', ['cities', 1]),
        behind('GrassrootsUnion.memberCount', ['catBa']),
      ]),
    );
    expect(result.errors).toHaveLength(2);
    // Known before sending: HP was not asked what it cannot answer.
    expect(hp!.graphqlRequests()).toBe(asked);
  });

  it('answers a query without those fields for both cities', async () => {
    const result = await federation.query(WITHOUT_MEMBER_COUNTS);
    expect(result.errors).toBeUndefined();
    expect(result.data!.cities).toEqual([
      expect.objectContaining({
        code: 'HN',
        educationUnion: expect.objectContaining({ chair: { fullName: 'Đỗ Văn Nam' } }),
      }),
      expect.objectContaining({
        code: 'HP',
        educationUnion: expect.objectContaining({ chair: { fullName: 'Trần Văn Thắng' } }),
      }),
    ]);
    expect(result.data!.catBa).toEqual({ name: expect.stringContaining('Cát Bà') });
  });

  it('notices HP’s upgrade from the schema hash of its answers, then asks it for the field', async () => {
    const port = hp!.port;
    await hp!.close();
    hp = await startHP('current', port);
    // Any answer from HP names its new hash; no readiness check is needed.
    expect((await federation.query(WITHOUT_MEMBER_COUNTS)).errors).toBeUndefined();
    for (
      let attempt = 0;
      attempt < 100 && (await skewGauge(federation.gatewayUrl, 'HP', 'current')) !== 1;
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await skewGauge(federation.gatewayUrl, 'HP', 'current')).toBe(1);
    const result = await federation.query(MEMBER_COUNTS);
    expect(result.errors).toBeUndefined();
    expect(result.data!.cities[1]).toEqual({ code: 'HP', name: 'Hải Phòng', memberCount: 3612 });
  });

  it('explains a rollback at the first refused field, and readiness shows HP behind again', async () => {
    const port = hp!.port;
    await hp!.close();
    hp = await startHP('older', port);
    const result = await federation.query(`{ cities { code memberCount } }`);
    expect(result.data!.cities[0]).toEqual({ code: 'HN', memberCount: 16579 });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['cities', 1],
        extensions: expect.objectContaining({
          code: 'CITY_SCHEMA_BEHIND',
          cityCode: 'HP',
          fields: ['City.memberCount'],
        }),
      }),
    ]);
    const gateway = await readiness(federation.gatewayUrl);
    expect(gateway.body.schemas.HP).toMatchObject({ status: 'behind', missing: OLDER_RELEASE_LACKS });
  });
});
