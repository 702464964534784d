import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { openCooperationDatabase } from '../../services/cooperation/src/database';
import { ConsentMethod, Nomination } from '../../services/cooperation/src/entities/drive-money.entity';
import { DriveStatus } from '../../services/cooperation/src/entities/drive.entity';
import { buildCooperationSchema } from '../../services/cooperation/src/schema';
import {
  CooperationContext,
  createCooperationContext,
} from '../../services/cooperation/src/services/cooperation-context';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import { ANONYMOUS, Identity } from '../../services/shared/src/identity';
import { loadCooperationDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const HN: Identity = { subject: 'hn-officer', role: 'city-officer', cityCode: 'HN', anonymous: false };
const officerOf = (id: string): Identity => ({
  subject: `${id}-officer`,
  role: 'school-officer',
  unit: { cityCode: 'HP', id },
  anonymous: false,
});
const CAT_BA = officerOf('hp-thpt-cat-ba');
const CAT_HAI = officerOf('hp-phong-gd-dt-cat-hai');
const VIEWER: Identity = { subject: 'dashboard', role: 'viewer', anonymous: false };
/** The cities are not part of this test: every reference is taken as existing. */
const ANY_REFERENCE = { assertExist: async () => undefined };

const NOMINATE = `mutation($drive: ID!, $party: ID!, $s: StudentInput!) {
  nominateStudent(driveId: $drive, beneficiaryPartyId: $party, student: $s) { id } }`;
const student = {
  fullName: 'Nguyễn Thị Hoa',
  birthYear: 2009,
  schoolName: 'Trường THPT Cát Bà',
  gradeLabel: 'Lớp 10A1',
  circumstances: 'Gia đình khó khăn',
  achievements: 'Học sinh giỏi',
  guardianName: 'Nguyễn Văn Bố',
  guardianConsentOn: '2024-03-01',
  guardianConsentMethod: 'PHONE',
};
const withoutMethod: Partial<typeof student> = { ...student };
delete withoutMethod.guardianConsentMethod;

describe(`guardian consent: who, when and how (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CooperationContext>;
  let driveId: string;
  let catBaParty: string;
  const as = (identity: Identity) => createCooperationContext(db, identity, ANY_REFERENCE);

  const execute = async (identity: Identity, query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: as(identity) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  };
  const nominations = () => db.getRepository(Nomination).countBy({ driveId });

  beforeAll(async () => {
    database = await createTestDatabase('guardianconsent');
    db = await openCooperationDatabase(database.settings);
    await loadCooperationDemo(db);
    apollo = await startSubgraphApollo<CooperationContext>(await buildCooperationSchema());
    const drive = await as(HN).drives.create({
      title: 'Học bổng thử đồng ý của phụ huynh',
      criteria: 'vượt khó học giỏi',
      scholarships: 2,
      amountEach: 1_000_000,
      organisers: [{ cityCode: 'HN', organisationId: 'hn-cong-doan-nganh-giao-duc' }],
      beneficiaries: [
        { cityCode: 'HP', unitId: 'hp-thpt-cat-ba' },
        { cityCode: 'HP', unitId: 'hp-phong-gd-dt-cat-hai' },
      ],
    });
    driveId = drive.id;
    const parties = await as(HN).driveQueries.parties(driveId);
    catBaParty = parties.find((p) => p.unitId === 'hp-thpt-cat-ba')!.id;
    await as(HN).drives.transition(driveId, DriveStatus.OPEN);
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.destroy();
    await database?.drop();
  });

  it('refuses a nomination without the method, or with another, naming student.guardianConsentMethod; writes nothing', async () => {
    const audit = await db.query('SELECT COUNT(*) AS n FROM audit_entry');
    const byVariable = await execute(CAT_BA, NOMINATE, {
      drive: driveId,
      party: catBaParty,
      s: withoutMethod,
    });
    const unknown = await execute(CAT_BA, NOMINATE, {
      drive: driveId,
      party: catBaParty,
      s: { ...student, guardianConsentMethod: 'EMAIL' },
    });
    const literal = await execute(
      CAT_BA,
      `mutation { nominateStudent(driveId: "${driveId}", beneficiaryPartyId: "${catBaParty}", student: {
        fullName: "Vũ An", birthYear: 2009, schoolName: "THPT Cát Bà", gradeLabel: "10A2", circumstances: "khó khăn",
        achievements: "giỏi", guardianName: "Mẹ", guardianConsentOn: "2024-03-01" }) { id } }`,
    );
    const refusals = [byVariable, unknown, literal].map((result) => [
      result.data?.nominateStudent ?? null,
      result.errors?.map((e) => [e.extensions?.code, e.extensions?.argument]),
    ]);
    expect(refusals).toEqual([
      [null, [['BAD_USER_INPUT', 'student.guardianConsentMethod']]],
      [null, [['BAD_USER_INPUT', 'student.guardianConsentMethod']]],
      [null, [['GRAPHQL_VALIDATION_FAILED', 'student.guardianConsentMethod']]],
    ]);
    expect(byVariable.errors![0].message).toMatch(
      /"guardianConsentMethod" of required type "ConsentMethod!"/,
    );
    expect(await nominations()).toBe(0);
    expect(await db.query('SELECT COUNT(*) AS n FROM audit_entry')).toEqual(audit);
  });

  it('shows how consent was given to the organisers and the nominating unit only, like guardianName', async () => {
    const nominated = await execute(CAT_BA, NOMINATE, { drive: driveId, party: catBaParty, s: student });
    expect(nominated.errors).toBeUndefined();
    const read = `{ scholarshipDrive(id: "${driveId}") { nominations { initials
      student { guardianName guardianConsentOn guardianConsentMethod } } } }`;
    const seenBy = async (identity: Identity) => {
      const result = await execute(identity, read);
      const [nomination] = result.data!.scholarshipDrive.nominations;
      return [nomination.student, result.errors?.map((e) => e.extensions?.code) ?? []];
    };
    const consent = {
      guardianName: 'Nguyễn Văn Bố',
      guardianConsentOn: '2024-03-01',
      guardianConsentMethod: 'PHONE',
    };
    expect(await seenBy(HN)).toEqual([consent, []]);
    expect(await seenBy(CAT_BA)).toEqual([consent, []]);
    expect(await seenBy(CAT_HAI)).toEqual([null, ['FORBIDDEN']]);
    expect(await seenBy(VIEWER)).toEqual([null, ['FORBIDDEN']]);
    expect(await seenBy(ANONYMOUS)).toEqual([null, ['UNAUTHENTICATED']]);
    // A nomination recorded before the method was asked for reads back without one, not as an error.
    await db.getRepository(Nomination).update({ driveId }, { guardianConsentMethod: null });
    expect(await seenBy(HN)).toEqual([{ ...consent, guardianConsentMethod: null }, []]);
    await db.getRepository(Nomination).update({ driveId }, { guardianConsentMethod: ConsentMethod.PHONE });
  });

  it('erases the guardian’s name with the students’ data and keeps when and how consent was given', async () => {
    await as(HN).drives.transition(driveId, DriveStatus.CANCELLED);
    const erased = await execute(HN, `mutation { eraseDriveStudentData(driveId: "${driveId}") { id } }`);
    expect(erased.errors).toBeUndefined();
    const [row] = await db.getRepository(Nomination).findBy({ driveId });
    expect(row).toMatchObject({
      studentName: null,
      guardianName: null,
      guardianConsentOn: '2024-03-01',
      guardianConsentMethod: 'PHONE',
    });
    const read = await execute(
      HN,
      `{ scholarshipDrive(id: "${driveId}") { nominations { student { fullName guardianName guardianConsentMethod } } } }`,
    );
    expect(read.data!.scholarshipDrive.nominations).toEqual([
      { student: { fullName: null, guardianName: null, guardianConsentMethod: 'PHONE' } },
    ]);
  });
});
