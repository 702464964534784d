import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { COOPERATION_ENTITIES, COOPERATION_MIGRATIONS } from '../../services/cooperation/src/database';
import {
  Nomination,
  NominationStatus,
  Pledge,
  PledgeStatus,
  ScholarshipAward,
} from '../../services/cooperation/src/entities/drive-money.entity';
import {
  DriveParty,
  DriveStatus,
  PartyRole,
  ScholarshipDrive,
} from '../../services/cooperation/src/entities/drive.entity';
import { createCooperationLoaders } from '../../services/cooperation/src/loaders/cooperation-loaders';
import { buildCooperationSchema } from '../../services/cooperation/src/schema';
import {
  CooperationContext,
  createCooperationContext,
} from '../../services/cooperation/src/services/cooperation-context';
import { DriveWriterService } from '../../services/cooperation/src/services/drive-writer.service';
import { dataSourceOptions } from '../../services/shared/src/database';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import type { Identity } from '../../services/shared/src/identity';
import { loadCooperationDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';
import { StatementCounter } from '../support/statement-counter';

const HN: Identity = { subject: 'hn-officer', role: 'city-officer', cityCode: 'HN', anonymous: false };
const CAT_BA: Identity = {
  subject: 'catba-officer',
  role: 'school-officer',
  unit: { cityCode: 'HP', id: 'hp-thpt-cat-ba' },
  anonymous: false,
};
const VIEWER: Identity = { subject: 'dashboard', role: 'viewer', anonymous: false };

const DRIVE = `query($id: ID!) { scholarshipDrive(id: $id) {
  pledges { id sponsor { id role cityCode } }
  nominations { id beneficiary { id role } }
  awardedScholarships { id nomination { id initials status beneficiary { id } student { fullName } } } } }`;
const PUBLIC_DRIVE = DRIVE.replace(' student { fullName }', '');

/** A drive of `size` pledges, nominations and awards, spread over two sponsors and two units. */
function bulkDrive(id: string, size: number) {
  const make = <T extends object>(type: new () => T, values: Partial<T>): T =>
    Object.assign(new type(), values);
  const party = (suffix: string, role: PartyRole, cityCode: string, unitId: string | null) =>
    make(DriveParty, { id: `${id}-${suffix}`, driveId: id, role, cityCode, organisationId: null, unitId });
  const parties = [
    make(DriveParty, {
      ...party('hn', PartyRole.ORGANISER, 'HN', null),
      organisationId: 'hn-cong-doan-nganh-giao-duc',
    }),
    party('newton', PartyRole.CO_SPONSOR, 'HN', 'hn-thcs-thpt-newton'),
    party('cat-ba', PartyRole.BENEFICIARY, 'HP', 'hp-thpt-cat-ba'),
    party('cat-hai', PartyRole.BENEFICIARY, 'HP', 'hp-phong-gd-dt-cat-hai'),
  ];
  const rows = Array.from({ length: size }, (_, i) => i);
  const nominations = rows.map((i) =>
    make(Nomination, {
      id: `${id}-n${i}`,
      driveId: id,
      beneficiaryPartyId: parties[2 + (i % 2)].id,
      studentName: `Học Sinh ${i}`,
      initials: `H.S.${String(size - i).padStart(3, '0')}`, // listed in the reverse of id order
      status: NominationStatus.APPROVED,
      isDemo: true,
    }),
  );
  return {
    drive: make(ScholarshipDrive, {
      id,
      title: `Học bổng thử ${size}`,
      criteria: 'vượt khó học giỏi',
      scholarships: size,
      amountEach: 1_000,
      status: DriveStatus.AWARDED,
      version: 1,
      isDemo: true,
    }),
    parties,
    pledges: rows.map((i) =>
      make(Pledge, {
        id: `${id}-p${i}`,
        driveId: id,
        sponsorPartyId: parties[i % 2].id,
        amount: 1_000,
        pledgedOn: `2024-03-${String(28 - (i % 28)).padStart(2, '0')}`,
        receivedAmount: 0,
        status: PledgeStatus.PLEDGED,
      }),
    ),
    receipts: [],
    nominations,
    awards: rows.map((i) =>
      make(ScholarshipAward, {
        id: `${id}-a${i}`,
        driveId: id,
        nominationId: nominations[size - 1 - i].id,
        amount: 1_000,
        awardedOn: '2024-04-01',
      }),
    ),
    disbursements: [],
  };
}

describe(`a drive names each pledge's sponsor, each nomination's unit, each scholarship's nomination (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CooperationContext>;
  const counter = new StatementCounter(['query']); // without the option, AbstractLogger drops every query

  const execute = async (identity: Identity, query: string, variables: Record<string, unknown>) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createCooperationContext(db, identity) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  };

  beforeAll(async () => {
    database = await createTestDatabase('driverelations');
    db = new DataSource({
      ...dataSourceOptions(database.settings, COOPERATION_ENTITIES, COOPERATION_MIGRATIONS),
      logger: counter,
      logging: ['query'],
    });
    await db.initialize();
    await loadCooperationDemo(db);
    await new DriveWriterService(db).upsert([bulkDrive('bulk-small', 2), bulkDrive('bulk-large', 40)]);
    apollo = await startSubgraphApollo<CooperationContext>(await buildCooperationSchema());
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.destroy();
    await database?.drop();
  });

  it('resolves every relation to the stored party or nomination', async () => {
    const result = await execute(VIEWER, PUBLIC_DRIVE, { id: 'bulk-large' });
    expect(result.errors).toBeUndefined();
    const drive = result.data.scholarshipDrive;
    const stored = {
      pledges: await db.getRepository(Pledge).findBy({ driveId: 'bulk-large' }),
      nominations: await db.getRepository(Nomination).findBy({ driveId: 'bulk-large' }),
      awards: await db.getRepository(ScholarshipAward).findBy({ driveId: 'bulk-large' }),
    };
    const sponsorOf = new Map(stored.pledges.map((p) => [p.id, p.sponsorPartyId]));
    const unitOf = new Map(stored.nominations.map((n) => [n.id, n.beneficiaryPartyId]));
    const nominationOf = new Map(stored.awards.map((a) => [a.id, a.nominationId]));
    expect(drive.pledges).toHaveLength(40);
    for (const pledge of drive.pledges) expect(pledge.sponsor.id).toBe(sponsorOf.get(pledge.id));
    for (const n of drive.nominations)
      expect(n.beneficiary).toEqual({ id: unitOf.get(n.id), role: 'BENEFICIARY' });
    for (const award of drive.awardedScholarships) {
      expect(award.nomination.id).toBe(nominationOf.get(award.id));
      expect(award.nomination.beneficiary.id).toBe(unitOf.get(award.nomination.id));
    }
    expect(drive.pledges[0].sponsor).toEqual({
      id: expect.any(String),
      role: expect.any(String),
      cityCode: 'HN',
    });
  });

  it('answers each batch in the order of its keys, null for an unknown id', async () => {
    const loaders = createCooperationLoaders(db);
    const parties = await loaders.drivePartyById.loadMany([
      'cat-ba-2024-cat-hai',
      'nowhere',
      'cat-ba-2024-hn',
      'tt-2025-hp',
    ]);
    expect(parties.map((p) => (p as DriveParty | null)?.id ?? null)).toEqual([
      'cat-ba-2024-cat-hai',
      null,
      'cat-ba-2024-hn',
      'tt-2025-hp',
    ]);
    const nominations = await loaders.nominationById.loadMany([
      'cat-ba-2024-n9',
      'tt-2025-n1',
      'x',
      'cat-ba-2024-n1',
    ]);
    expect(nominations.map((n) => (n as Nomination | null)?.id ?? null)).toEqual([
      'cat-ba-2024-n9',
      'tt-2025-n1',
      null,
      'cat-ba-2024-n1',
    ]);
  });

  it('costs the same few statements for 2 or 40 rows of each', async () => {
    const statementsFor = async (id: string) => {
      counter.count = 0;
      const result = await execute(HN, DRIVE, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data.scholarshipDrive.awardedScholarships[0].nomination.student.fullName).toMatch(
        /Học Sinh/,
      );
      return counter.count;
    };
    const small = await statementsFor('bulk-small');
    const large = await statementsFor('bulk-large');
    expect(large).toBe(small);
    // drive, pledges, nominations, awards, their parties, their nominations, the drive's parties (for the
    // student rule): nothing per row.
    expect(small).toBeLessThanOrEqual(8);
  });

  it('leaks nothing new: a scholarship’s student stays with the organisers and the nominating unit', async () => {
    const names = async (identity: Identity) => {
      const result = await execute(identity, DRIVE, { id: 'cat-ba-2024' });
      const awards = result.data?.scholarshipDrive?.awardedScholarships ?? [];
      return {
        named: awards.filter((a: any) => a?.nomination.student?.fullName).length,
        refused: new Set(result.errors?.map((e) => e.extensions?.code)),
      };
    };
    expect(await names(HN)).toEqual({ named: 20, refused: new Set() });
    // Cát Bà's officer sees the 12 Cát Bà students, not Cát Hải's 8.
    const catBa = await names(CAT_BA);
    expect(catBa.named).toBe(12);
    expect(catBa.refused).toEqual(new Set(['FORBIDDEN']));
    const viewer = await execute(VIEWER, DRIVE, { id: 'cat-ba-2024' });
    expect(JSON.stringify(viewer.data)).not.toMatch(/demo \d+\)/);
    expect(new Set(viewer.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    const initials = await execute(VIEWER, PUBLIC_DRIVE, { id: 'cat-ba-2024' });
    expect(initials.errors).toBeUndefined();
    expect(initials.data.scholarshipDrive.awardedScholarships[0].nomination).toMatchObject({
      initials: expect.stringMatching(/^(\p{Lu}\.)+$/u),
      status: 'APPROVED',
    });
  });
});
