import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntitySubscriberInterface } from 'typeorm';
import { openCooperationDatabase } from '../../services/cooperation/src/database';
import {
  ConsentMethod,
  DisbursementMethod,
  Pledge,
  PledgeReceipt,
} from '../../services/cooperation/src/entities/drive-money.entity';
import { DriveStatus } from '../../services/cooperation/src/entities/drive.entity';
import { createCooperationContext } from '../../services/cooperation/src/services/cooperation-context';
import type { Identity } from '../../services/shared/src/identity';
import { loadCooperationDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const HN: Identity = { subject: 'hn-officer', role: 'city-officer', cityCode: 'HN', anonymous: false };
const CAT_BA: Identity = {
  subject: 'cat-ba-officer',
  role: 'school-officer',
  unit: { cityCode: 'HP', id: 'hp-thpt-cat-ba' },
  anonymous: false,
};
/** The cities are not part of this test: every reference is taken as existing. */
const ANY_REFERENCE = { assertExist: async () => undefined };

/**
 * A real asynchronous wait inside every write of every money step, between the step's reads and its
 * writes (TypeORM awaits subscribers): what a slow audit sink or a network call would do. Without one
 * writer at a time on SQLite, concurrent steps interleave on the single connection and lose updates.
 */
class SlowWrites implements EntitySubscriberInterface {
  beforeInsert = () => sleep(2);
  beforeUpdate = () => sleep(2);
}

type Outcome = { ok: true; value: any } | { ok: false; code: unknown; message: string };
const settle = (work: Promise<any>): Promise<Outcome> =>
  work.then(
    (value) => ({ ok: true as const, value }),
    (error: any) => ({ ok: false as const, code: error?.extensions?.code, message: String(error?.message) }),
  );
const codes = (outcomes: Outcome[]) =>
  outcomes.reduce<Record<string, number>>((count, o) => {
    const key = o.ok ? 'ok' : String(o.code);
    return { ...count, [key]: (count[key] ?? 0) + 1 };
  }, {});

describe(`money steps under a real asynchronous wait, 200 at a time (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  const as = (identity: Identity) => createCooperationContext(db, identity, ANY_REFERENCE);

  beforeAll(async () => {
    database = await createTestDatabase('isolation');
    db = await openCooperationDatabase(database.settings);
    await loadCooperationDemo(db);
    db.subscribers.push(new SlowWrites());
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('keeps every total exact to the đồng through 1,000 concurrent pledges, receipts, approvals, awards and payments', async () => {
    const drive = await as(HN).drives.create({
      title: 'Học bổng thử đồng thời',
      criteria: 'vượt khó học giỏi',
      scholarships: 100,
      amountEach: 100_000,
      organisers: [{ cityCode: 'HN', organisationId: 'hn-cong-doan-nganh-giao-duc' }],
      beneficiaries: [{ cityCode: 'HP', unitId: 'hp-thpt-cat-ba' }],
    });
    const parties = await as(HN).driveQueries.parties(drive.id);
    const sponsor = parties.find((p) => p.role === 'ORGANISER')!.id;
    const beneficiary = parties.find((p) => p.role === 'BENEFICIARY')!.id;
    await as(HN).drives.transition(drive.id, DriveStatus.OPEN);

    // 160 pledges and 40 retries of them (same actor, same key, same request).
    const pledges = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        settle(as(HN).driveMoney.pledge(drive.id, sponsor, 100_000, '2024-03-10', null, `p-${i % 160}`)),
      ),
    );
    expect(codes(pledges)).toEqual({ ok: 200 });
    const pledgeIds = [...new Set(pledges.map((p) => (p.ok ? p.value.id : '')))];
    expect(pledgeIds).toHaveLength(160);

    // Each pledge gets 60,000 twice under two keys: the second would pass 100,000 and is refused.
    const receipts = await Promise.all(
      [...pledgeIds, ...pledgeIds.slice(0, 40)].map((id, i) =>
        settle(as(HN).driveMoney.receive(id, 60_000, '2024-03-11', `r-${id}-${i < 160 ? 'a' : 'b'}`)),
      ),
    );
    expect(codes(receipts)).toEqual({ ok: 160, BAD_USER_INPUT: 40 });

    const nominations = [];
    for (let i = 0; i < 120; i += 1) {
      const nominated = await as(CAT_BA).driveSelection.nominate(drive.id, beneficiary, {
        fullName: `Học Sinh ${i}`,
        birthYear: 2009,
        schoolName: 'Trường THPT Cát Bà',
        gradeLabel: '10A1',
        circumstances: 'Gia đình khó khăn',
        achievements: 'Học sinh giỏi',
        guardianName: 'Phụ huynh',
        guardianConsentOn: '2024-03-01',
        guardianConsentMethod: ConsentMethod.SIGNED_FORM,
      });
      nominations.push(nominated.id);
    }
    await as(HN).drives.transition(drive.id, DriveStatus.SELECTING);
    // 120 approvals and 80 repeated ones, for 100 scholarships.
    const decisions = await Promise.all(
      [...nominations, ...nominations.slice(0, 80)].map((id) =>
        settle(as(HN).driveSelection.decide(id, true)),
      ),
    );
    expect(codes(decisions).ok).toBeGreaterThanOrEqual(100);
    const approved = await db.query(`SELECT id FROM nomination WHERE drive_id = ? AND status = 'APPROVED'`, [
      drive.id,
    ]);
    expect(approved).toHaveLength(100);

    // 9,600,000 received pays for 96 scholarships of 100,000; every approved student asked twice.
    const awardAttempts = [...approved, ...approved].map((row: { id: string }) =>
      settle(as(HN).driveSelection.award(row.id, '2024-03-16')),
    );
    const awards = await Promise.all(awardAttempts);
    expect(codes(awards)).toEqual({ ok: 96, CONFLICT: 104 });
    const awardIds = awards.flatMap((a) => (a.ok ? [a.value.id as string] : []));

    // 60,000 to each award under key a, again under key b (refused: 120,000 > 100,000), 8 retries of a.
    const payments = await Promise.all(
      [...awardIds, ...awardIds, ...awardIds.slice(0, 8)].map((id, i) =>
        settle(
          as(HN).driveSelection.disburse(
            id,
            60_000,
            '2024-03-20',
            DisbursementMethod.BANK_TRANSFER,
            'Phụ huynh',
            `d-${id}-${i >= 96 && i < 192 ? 'b' : 'a'}`,
          ),
        ),
      ),
    );
    expect(codes(payments)).toEqual({ ok: 104, BAD_USER_INPUT: 96 });

    const current = (await as(HN).driveQueries.byId(drive.id))!;
    expect(await as(HN).driveQueries.totals(current)).toEqual({
      target: 10_000_000,
      pledged: 16_000_000,
      received: 9_600_000,
      awarded: 9_600_000,
      disbursed: 5_760_000,
      remainingToRaise: 400_000,
      remainingToDisburse: 3_840_000,
      scholarshipsAwarded: 96,
    });
    // No lost update: each pledge's running total is exactly the sum of its receipts.
    const received = await db.getRepository(Pledge).findBy({ driveId: drive.id });
    const rows = await db.getRepository(PledgeReceipt).findBy({ driveId: drive.id });
    expect(rows).toHaveLength(160);
    for (const pledge of received) {
      const sum = rows.filter((r) => r.pledgeId === pledge.id).reduce((t, r) => t + r.amount, 0);
      expect(`${pledge.id}: ${pledge.receivedAmount}`).toBe(`${pledge.id}: ${sum}`);
    }
  });
});

describe(`the write queue (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('writequeue');
    db = await openCooperationDatabase(database.settings);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('runs a transaction nested in another at once, and goes on after one that failed', async () => {
    const nested = await db.transaction(async () => db.transaction(async () => 'inner'));
    expect(nested).toBe('inner');
    await expect(
      db.transaction(async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await db.transaction(async (manager) => manager.query('SELECT 1 AS one'))).toEqual([{ one: 1 }]);
  });
});
