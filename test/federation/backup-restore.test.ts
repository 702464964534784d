import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { backupDeployment } from '../../scripts/backup';
import { restoreDeployment } from '../../scripts/restore';
import { postGraphQL, RunningFederation, startFederation } from '../../scripts/local-federation';
import { createTestDatabase, ENGINE, envFor, TestDatabase } from '../../scripts/throwaway-databases';
import { startCity } from '../../services/city/src/main';
import { openCityDatabase } from '../../services/city/src/database';
import { openCooperationDatabase } from '../../services/cooperation/src/database';
import { gatewaySigningKeyEnv, requireGatewaySigningKey } from '../../services/shared/src/gateway-keys';
import { RunningService } from '../../services/shared/src/http-service';
import {
  cityAudience,
  IDENTITY_HEADER,
  signInternalIdentity,
} from '../../services/shared/src/internal-identity';

const RECORD = `mutation($t: String!) { recordInitiative(cityCode: "HN", input: { title: $t,
  authorName: "Nguyễn Thu Hà", schoolYear: "2025-2026", level: CITY, grade: "B" }) { title } }`;
const TITLES = `query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) { ... on City {
  initiatives(first: 100, after: $after, search: "sao luu") { totalCount pageInfo { hasNextPage endCursor }
  edges { node { title } } } } } }`;

describe(`backing up a city under writes and restoring it (${ENGINE})`, () => {
  let federation: RunningFederation;
  let officer: string;
  const scratch = mkdtempSync(join(tmpdir(), 'uft-backups-'));
  const databases: TestDatabase[] = [];
  const cities: RunningService[] = [];
  const log: string[] = [];
  const quiet = (line: string) => log.push(line);
  let backupFile = '';

  beforeAll(async () => {
    federation = await startFederation({ cities: [{ code: 'HN', name: 'Hà Nội' }] });
    officer = await federation.tokenFor({ sub: 'officer-ha', role: 'city-officer', city: 'HN' });
  });
  afterAll(async () => {
    for (const city of cities) await city.close();
    await federation?.close();
    for (const database of databases) await database.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const emptyDatabase = async () => {
    const database = await createTestDatabase('restored');
    databases.push(database);
    return database;
  };
  /** Straight to a city deployment, as the gateway would call it, with an HN officer's identity. */
  const askCity = async (url: string, query: string, variables: Record<string, unknown>) => {
    const key = requireGatewaySigningKey(gatewaySigningKeyEnv(federation.envOf('gateway')));
    const identity = await signInternalIdentity(
      { subject: 'officer-ha', role: 'city-officer', cityCode: 'HN', anonymous: false },
      key,
      cityAudience('HN'),
    );
    return postGraphQL<any>(url, query, variables, undefined, { [IDENTITY_HEADER]: identity });
  };
  const titlesAt = async (url: string): Promise<string[]> => {
    const titles: string[] = [];
    let after: string | undefined;
    for (;;) {
      const answer = await askCity(url, TITLES, { reps: [{ __typename: 'City', code: 'HN' }], after });
      expect(answer.errors).toBeUndefined();
      const page = answer.data._entities[0].initiatives;
      titles.push(...page.edges.map((edge: any) => edge.node.title));
      if (!page.pageInfo.hasNextPage) return titles;
      after = page.pageInfo.endCursor;
    }
  };

  it('finds every write acknowledged before the backup started in the restored database, which a city serves', async () => {
    const acknowledged: string[] = [];
    const waiting: { count: number; resolve: () => void }[] = [];
    let done = false;
    const untilAcknowledged = (count: number) =>
      new Promise<void>((resolve) => waiting.push({ count, resolve }));
    const wake = () =>
      waiting.filter((wait) => done || acknowledged.length >= wait.count).forEach((wait) => wait.resolve());
    let stop = false;
    const writer = (async () => {
      try {
        for (let n = 1; !stop && n <= 300; n += 1) {
          const answer = await federation.query(RECORD, { t: `Sáng kiến sao lưu ${n}` }, officer);
          expect(answer.errors).toBeUndefined();
          acknowledged.push(answer.data!.recordInitiative.title);
          wake();
        }
      } finally {
        done = true;
        wake();
      }
    })();
    await untilAcknowledged(10);
    const before = [...acknowledged];
    // Few pages per step, so SQLite's copy interleaves with the service's writes (and restarts).
    backupFile = await backupDeployment({
      city: 'HN',
      env: federation.envOf('HN'),
      dir: scratch,
      log: quiet,
      pagesPerStep: 4,
    });
    // A few writes after the backup too, which the restored database may lack.
    await untilAcknowledged(acknowledged.length + 3);
    stop = true;
    await writer;

    expect(basename(backupFile)).toMatch(/^city-HN-\d{4}-\d{2}-\d{2}T\d{6}Z\.(sqlite|sql\.gz)$/);
    expect(log.some((line) => /^Backup written: /.test(line))).toBe(true);

    const target = await emptyDatabase();
    await restoreDeployment({ city: 'HN', file: backupFile, env: envFor(target), log: quiet });
    const restored = await startCity({ ...federation.envOf('HN'), ...envFor(target), PORT: '0' });
    cities.push(restored);
    const titles = await titlesAt(restored.url);
    expect(titles).toEqual(expect.arrayContaining(before));
    expect(acknowledged).toEqual(expect.arrayContaining(titles)); // nothing that was not written
    expect(new Set(titles).size).toBe(titles.length);

    // Usable, not just readable: the restored city takes a write.
    const written = await askCity(restored.url, RECORD, { t: 'Sáng kiến sao lưu sau khôi phục' });
    expect(written.errors).toBeUndefined();
    expect(await titlesAt(restored.url)).toContain('Sáng kiến sao lưu sau khôi phục');
  });

  it('refuses to restore into a database that has tables, and writes nothing there', async () => {
    expect(backupFile).not.toBe('');
    const countAtGateway = async () =>
      (
        await federation.query(
          '{ city(code: "HN") { initiatives(first: 0, search: "sao luu") { totalCount } } }',
          {},
          officer,
        )
      ).data!.city.initiatives.totalCount;
    const live = await countAtGateway();
    await expect(
      restoreDeployment({ city: 'HN', file: backupFile, env: federation.envOf('HN'), log: quiet }),
    ).rejects.toThrow(/is not empty: it has \d+ table\(s\).*Nothing was restored/);
    expect(await countAtGateway()).toBe(live);

    // A freshly migrated, empty-of-records HN database still has tables: refused, and it gets no rows.
    const migrated = await emptyDatabase();
    await (await openCityDatabase(migrated.settings, 'HN')).destroy();
    await expect(
      restoreDeployment({ city: 'HN', file: backupFile, env: envFor(migrated), log: quiet }),
    ).rejects.toThrow(/is not empty/);
    const db = await openCityDatabase(migrated.settings, 'HN');
    try {
      const [{ n }] = await db.query('SELECT COUNT(*) AS n FROM initiative');
      expect(Number(n)).toBe(0);
    } finally {
      await db.destroy();
    }
  });

  it("refuses another deployment's backup before writing anything", async () => {
    const target = await emptyDatabase();
    await expect(
      restoreDeployment({ city: 'HP', file: backupFile, env: envFor(target), log: quiet }),
    ).rejects.toThrow(/backup of city HN, not of city HP: nothing was restored/);
    await expect(
      restoreDeployment({ cooperation: true, file: backupFile, env: envFor(target), log: quiet }),
    ).rejects.toThrow(/not of the cooperation hub/);
    await restoreDeployment({ city: 'HN', file: backupFile, env: envFor(target), log: quiet });
  });

  it('backs up and restores the cooperation hub the same way', async () => {
    const file = await backupDeployment({
      cooperation: true,
      env: federation.envOf('cooperation'),
      dir: scratch,
      log: quiet,
    });
    expect(basename(file)).toMatch(/^cooperation-\d{4}-\d{2}-\d{2}T\d{6}Z\.(sqlite|sql\.gz)$/);
    const target = await emptyDatabase();
    await restoreDeployment({ cooperation: true, file, env: envFor(target), log: quiet });
    const db = await openCooperationDatabase(target.settings);
    try {
      const codes = (await db.query('SELECT code FROM member_city ORDER BY code')).map(
        (row: any) => row.code,
      );
      expect(codes).toEqual(expect.arrayContaining(['HN', 'HP']));
    } finally {
      await db.destroy();
    }
  });

  it('names the client to install when no mysqldump is on PATH, and leaves no file', async () => {
    const dir = join(scratch, 'no-client');
    const env = { DATABASE_URL: 'mysql://root@127.0.0.1:1/none', PATH: join(scratch, 'empty-path') };
    await expect(backupDeployment({ city: 'HN', env, dir, log: quiet })).rejects.toThrow(
      /None of mariadb-dump, mysqldump is on PATH: install .*apt-get install -y mariadb-client/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
