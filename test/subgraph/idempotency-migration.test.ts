import { DataSource } from 'typeorm';
import { COOPERATION_ENTITIES, COOPERATION_MIGRATIONS } from '../../services/cooperation/src/database';
import { IdempotencyScope1764400000100 } from '../../services/cooperation/src/migrations/1764400000100-idempotency-scope';
import { dataSourceOptions } from '../../services/shared/src/database';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const BEFORE = COOPERATION_MIGRATIONS.slice(0, COOPERATION_MIGRATIONS.indexOf(IdempotencyScope1764400000100));

const PLEDGE = `INSERT INTO pledge (id, drive_id, sponsor_party_id, amount, pledged_on, received_amount, status,
  idempotency_key) VALUES (?, 'd1', 'p1', 1000, '2024-03-10', 0, 'PLEDGED', ?)`;

describe(`the money migrations of issue 12 on a database with money in it (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  const open = async (migrations: typeof COOPERATION_MIGRATIONS) => {
    const source = new DataSource(dataSourceOptions(database.settings, COOPERATION_ENTITIES, migrations));
    return source.initialize();
  };

  beforeAll(async () => {
    database = await createTestDatabase('idemmigration');
    const old = await open(BEFORE);
    await old.query(`INSERT INTO member_city (code, name, joined_on, search_text, sort_key)
      VALUES ('HN', 'Hà Nội', '2024-03-01', 'hn ha noi', 'ha noi')`);
    await old.query(`INSERT INTO scholarship_drive (id, title, criteria, scholarships, amount_each, status)
      VALUES ('d1', 'Học bổng', 'vượt khó', 1, 1000, 'OPEN')`);
    await old.query(`INSERT INTO drive_party (id, drive_id, role, city_code, organisation_id)
      VALUES ('p1', 'd1', 'ORGANISER', 'HN', 'hn-cong-doan-nganh-giao-duc')`);
    await old.query(PLEDGE, ['audited', 'k-1']);
    await old.query(PLEDGE, ['from-a-loader', 'k-2']);
    // A drive whose students' data was erased before acknowledgements were erased with it.
    await old.query(`INSERT INTO scholarship_drive (id, title, criteria, scholarships, amount_each, status,
      personal_data_erased_on) VALUES ('d2', 'Học bổng đã đóng', 'vượt khó', 1, 1000, 'CLOSED', '2024-06-01')`);
    await old.query(`INSERT INTO drive_party (id, drive_id, role, city_code, unit_id)
      VALUES ('p2', 'd2', 'BENEFICIARY', 'HN', 'hn-thcs-thpt-newton')`);
    await old.query(`INSERT INTO nomination (id, drive_id, beneficiary_party_id, initials, status)
      VALUES ('n2', 'd2', 'p2', 'N.T.H.', 'APPROVED')`);
    await old.query(`INSERT INTO scholarship_award (id, drive_id, nomination_id, amount, awarded_on)
      VALUES ('a2', 'd2', 'n2', 1000, '2024-03-16')`);
    await old.query(`INSERT INTO disbursement (id, drive_id, award_id, amount, paid_on, method, acknowledged_by)
      VALUES ('x2', 'd2', 'a2', 1000, '2024-03-20', 'CASH', 'Nguyễn Văn Phụ Huynh')`);
    await old.query(`INSERT INTO audit_entry (actor_subject, actor_role, actor_city, operation, record_type, record_id)
      VALUES ('hn-officer', 'city-officer', 'HN', 'pledge', 'Pledge', 'audited')`);
    await old.destroy();
    db = await open(COOPERATION_MIGRATIONS);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('gives earlier keys the actor of their audit entry and makes keys unique per actor, not per drive', async () => {
    const actors = await db.query('SELECT id, idempotency_actor AS actor FROM pledge ORDER BY id');
    expect(actors).toEqual([
      { id: 'audited', actor: 'hn-officer' },
      { id: 'from-a-loader', actor: null },
    ]);
    const keyed = `INSERT INTO pledge (id, drive_id, sponsor_party_id, amount, pledged_on, received_amount, status,
      idempotency_key, idempotency_actor) VALUES (?, 'd1', 'p1', 1000, '2024-03-10', 0, 'PLEDGED', ?, ?)`;
    await db.query(keyed, ['hp-same-key', 'k-1', 'hp-officer']); // same drive, same key, another actor
    await expect(db.query(keyed, ['hn-again', 'k-1', 'hn-officer'])).rejects.toThrow(/unique|duplicate/i);
    await db.query(keyed, ['hn-upper-case', 'K-1', 'hn-officer']); // keys compare exactly on both engines
    await db.query(`DELETE FROM pledge WHERE id = 'hn-upper-case'`);
  });

  it('erases who acknowledged payments of drives whose students’ data was already erased', async () => {
    expect(await db.query(`SELECT id, acknowledged_by AS name FROM disbursement`)).toEqual([
      { id: 'x2', name: null },
    ]);
  });

  it('can be undone', async () => {
    // Back to issue 13's last migration first: the ones after it (data version, registry…) are not this suite's.
    const lastRun = async () =>
      ((await db.query('SELECT name FROM migrations ORDER BY id DESC')) as { name: string }[])[0].name;
    while ((await lastRun()) !== 'GuardianConsentMethod1764500000100') await db.undoLastMigration();
    await db.undoLastMigration(); // how the guardian consented (issue 13), with awards pointing to nominations
    const nomination = db.createQueryRunner();
    expect((await nomination.getTable('nomination'))!.columns.map((c) => c.name)).not.toContain(
      'guardian_consent_method',
    );
    await nomination.release();
    expect(await db.query(`SELECT id FROM scholarship_award`)).toEqual([{ id: 'a2' }]);
    await db.undoLastMigration(); // the erasure: nothing to undo
    await db.query(`DELETE FROM pledge WHERE id = 'hp-same-key'`);
    await db.undoLastMigration();
    const runner = db.createQueryRunner();
    const columns = (await runner.getTable('pledge'))!.columns.map((c) => c.name);
    await runner.release();
    expect(columns).not.toContain('idempotency_actor');
    await expect(db.query(PLEDGE, ['again', 'k-1'])).rejects.toThrow(/unique|duplicate/i);
  });
});
