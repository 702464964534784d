import { DataSource, QueryRunner } from 'typeorm';
import { openCooperationDatabase } from '../../services/cooperation/src/database';
import { NationalOrganisations1764700000200 } from '../../services/cooperation/src/migrations/1764700000200-national-organisations';
import { loadCooperationDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

/**
 * A hub database of the previous release has campaigns whose launcher is text only: the migration
 * reads the national bodies' names in it as references (the demo loader does the same on load).
 */
describe(`migration 1764700000200: campaigns refer to the national body their text names (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  const migration = new NationalOrganisations1764700000200();
  const launchers = async () =>
    (
      (await db.query(
        'SELECT code, launcher_code FROM campaign WHERE launcher_code IS NOT NULL ORDER BY code',
      )) as { code: string; launcher_code: string }[]
    ).map((row) => `${row.code} ${row.launcher_code}`);
  // A query runner each: one caches the tables as it read them.
  const step = async (run: (runner: QueryRunner) => Promise<void>) => {
    const runner = db.createQueryRunner();
    try {
      await run(runner);
    } finally {
      await runner.release();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase('natmigration');
    db = await openCooperationDatabase(database.settings);
    await loadCooperationDemo(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('sets launcher_code from launched_by for the national campaigns, and only for them', async () => {
    const loaded = await launchers();
    expect(loaded).toEqual([
      'gioi-viec-nuoc-dam-viec-nha TLD-VN',
      'ho-tro-giao-duc-mien-nui CDGD-VN',
      'lao-dong-sang-tao TLD-VN',
      'moi-thay-co-la-tam-guong CDGD-VN',
      'mot-trieu-sang-kien TLD-VN',
      'xanh-sach-dep-atvsld TLD-VN',
    ]);
    await step((runner) => migration.down(runner));
    // The previous release's database: the text is all there is.
    await db.query("UPDATE campaign SET launched_by = 'TỔNG LĐLĐ VIỆT NAM' WHERE code = 'lao-dong-sang-tao'");
    await step(async (runner) => {
      // What TypeORM's migration run does on SQLite: rebuilding `campaign` must not trip its editions' keys.
      if (ENGINE === 'sqlite') await runner.query('PRAGMA foreign_keys = OFF');
      try {
        await migration.up(runner);
      } finally {
        if (ENGINE === 'sqlite') await runner.query('PRAGMA foreign_keys = ON');
      }
    });
    expect(await launchers()).toEqual(loaded);
    const bodies = await db.query('SELECT code, parent_code FROM national_organisation ORDER BY code');
    expect(bodies).toEqual([
      { code: 'CDGD-VN', parent_code: 'TLD-VN' },
      { code: 'TLD-VN', parent_code: null },
    ]);
  });
});
