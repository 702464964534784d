import { DataSource } from 'typeorm';
import { CITY_ENTITIES, CITY_MIGRATIONS } from '../../services/city/src/database';
import { dataSourceOptions } from '../../services/shared/src/database';
import { loadCityDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

/** A city's recorded campaigns come to refer to their launchers on upgrade, from the text they keep. */
describe(`the campaign-launchers migration on a city with campaigns (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  const launchers = () =>
    db.query(
      `SELECT code, launcher_code AS national, launcher_organisation_id AS own FROM campaign
       WHERE code IN ('mot-trieu-sang-kien', 'nha-giao-ha-noi-giup-do-hoc-sinh', 'truong-hoc-hanh-phuc')
       ORDER BY code`,
    );

  beforeAll(async () => {
    database = await createTestDatabase('campaignlaunchers');
    db = new DataSource(dataSourceOptions(database.settings, CITY_ENTITIES, CITY_MIGRATIONS));
    await db.initialize();
    await loadCityDemo(db, 'HN');
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('fills the references from launched_by when run on recorded campaigns, and can be undone', async () => {
    const written = await launchers();
    expect(written).toEqual([
      { code: 'mot-trieu-sang-kien', national: 'TLD-VN', own: null },
      { code: 'nha-giao-ha-noi-giup-do-hoc-sinh', national: null, own: 'hn-cong-doan-nganh-giao-duc' },
      { code: 'truong-hoc-hanh-phuc', national: null, own: null },
    ]);
    // Back to this migration (later ones are not this suite's), then undo it.
    const lastRun = async () =>
      ((await db.query('SELECT name FROM migrations ORDER BY id DESC')) as { name: string }[])[0].name;
    while ((await lastRun()) !== 'CampaignLaunchers1764700000300') await db.undoLastMigration();
    await db.undoLastMigration();
    const runner = db.createQueryRunner();
    const columns = (await runner.getTable('campaign'))!.columns.map((column) => column.name);
    await runner.release();
    expect(columns).not.toContain('launcher_code');
    await db.runMigrations();
    expect(await launchers()).toEqual(written);
  });
});
