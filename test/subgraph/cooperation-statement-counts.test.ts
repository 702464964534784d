import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { COOPERATION_ENTITIES, COOPERATION_MIGRATIONS } from '../../services/cooperation/src/database';
import { buildCooperationSchema } from '../../services/cooperation/src/schema';
import { CatalogWriterService } from '../../services/cooperation/src/services/catalog-writer.service';
import {
  CooperationContext,
  createCooperationContext,
} from '../../services/cooperation/src/services/cooperation-context';
import { DriveStatus } from '../../services/cooperation/src/entities/drive.entity';
import { DriveWriterService } from '../../services/cooperation/src/services/drive-writer.service';
import { dataSourceOptions } from '../../services/shared/src/database';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import type { Identity } from '../../services/shared/src/identity';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';
import { StatementCounter } from '../support/statement-counter';
import {
  bulkCampaigns,
  bulkDrive,
  bulkPartnerships,
  bulkProgramme,
  city,
  LARGE_CITIES,
  range,
  SMALL_CITIES,
} from '../support/cooperation-bulk-data';

// An organiser of every generated drive (an HN officer), so that students' data is asked for too.
const HN: Identity = { subject: 'hn-officer', role: 'city-officer', cityCode: 'HN', anonymous: false };

/** A throwaway cooperation database that counts statements, with HN and HP registered. */
async function harness(label: string) {
  const counter = new StatementCounter(['query']); // without the option, AbstractLogger drops every query
  const database: TestDatabase = await createTestDatabase(label);
  const db = new DataSource({
    ...dataSourceOptions(database.settings, COOPERATION_ENTITIES, COOPERATION_MIGRATIONS),
    logger: counter,
    logging: ['query'],
  });
  await db.initialize();
  await new CatalogWriterService(db).upsertCities([city('HN', 'Hà Nội'), city('HP', 'Hải Phòng')]);
  const apollo: ApolloServer<CooperationContext> = await startSubgraphApollo<CooperationContext>(
    await buildCooperationSchema(),
  );
  /** Runs `query` as an HN officer; its answer and the statements it cost. */
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    counter.count = 0;
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createCooperationContext(db, HN) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const result = response.body.singleResult as { data?: any; errors?: unknown[] };
    expect(result.errors).toBeUndefined();
    return { data: result.data, statements: counter.count };
  };
  const close = async () => {
    await apollo.stop();
    await db.destroy();
    await database.drop();
  };
  return { db, run, close };
}

const DRIVES = `{ scholarshipDrives { id title
  parties { id role cityCode organisation { id } unit { id } }
  sponsors: parties(role: CO_SPONSOR) { id }
  totals { target pledged received awarded disbursed remainingToRaise remainingToDisburse scholarshipsAwarded }
  sponsorProgress { party { id } pledged received }
  beneficiaryProgress { party { id } nominations scholarships awarded disbursed }
  pledges { id sponsor { id } }
  nominations { id initials beneficiary { id } student { fullName } }
  awardedScholarships { id nomination { id initials } disbursements { amount acknowledgedBy } } } }`;

/** What bulkDrive(id, i) must read back as, in the documented orders. */
function expectDrive(drive: any, i: number) {
  const id = drive.id;
  const ids = (...suffixes: string[]) => suffixes.map((suffix) => ({ id: `${id}-${suffix}` }));
  expect(
    drive.parties.map((p: any) => [p.id, p.role, p.cityCode, p.organisation?.id ?? null, p.unit?.id ?? null]),
  ).toEqual([
    [`${id}-a`, 'BENEFICIARY', 'HP', null, `${id}-unit-a`],
    [`${id}-b`, 'BENEFICIARY', 'HP', null, `${id}-unit-b`],
    [`${id}-sponsor`, 'CO_SPONSOR', 'HN', null, `${id}-unit-sponsor`],
    [`${id}-org`, 'ORGANISER', 'HN', 'hn-org', null],
  ]);
  expect(drive.sponsors).toEqual(ids('sponsor'));
  const target = 2_000 * (i + 1);
  expect(drive.totals).toEqual({
    target,
    pledged: 1_000 * (i + 1) + 2_000,
    received: 500,
    awarded: 3_000,
    disbursed: 1_000,
    remainingToRaise: target - 500,
    remainingToDisburse: 2_000,
    scholarshipsAwarded: 1,
  });
  expect(drive.sponsorProgress).toEqual([
    { party: { id: `${id}-sponsor` }, pledged: 2_000, received: 500 },
    { party: { id: `${id}-org` }, pledged: 1_000 * (i + 1), received: 0 },
  ]);
  expect(drive.beneficiaryProgress).toEqual([
    { party: { id: `${id}-a` }, nominations: 1, scholarships: 1, awarded: 3_000, disbursed: 1_000 },
    { party: { id: `${id}-b` }, nominations: 1, scholarships: 0, awarded: 0, disbursed: 0 },
  ]);
  expect(drive.pledges).toEqual([
    { id: `${id}-p0`, sponsor: { id: `${id}-org` } },
    { id: `${id}-p1`, sponsor: { id: `${id}-sponsor` } },
    { id: `${id}-p2`, sponsor: { id: `${id}-sponsor` } },
  ]);
  expect(drive.nominations).toEqual(
    ['a', 'b'].map((unit, n) => ({
      id: `${id}-n${n}`,
      initials: `H.S.${n}`,
      beneficiary: { id: `${id}-${unit}` },
      student: { fullName: `Học Sinh ${id} ${n}` },
    })),
  );
  expect(drive.awardedScholarships).toEqual([
    {
      id: `${id}-a0`,
      nomination: { id: `${id}-n0`, initials: 'H.S.0' },
      disbursements: [{ amount: 1_000, acknowledgedBy: `Phụ huynh ${id}` }],
    },
  ]);
}

describe(`batching in cooperation: a list of drives with everything on them (${ENGINE})`, () => {
  let h: Awaited<ReturnType<typeof harness>>;
  beforeAll(async () => {
    h = await harness('coopdrivecounts');
  });
  afterAll(() => h?.close());

  it('costs the same few statements for 2 drives as for 30, each answered with its own records', async () => {
    const writer = new DriveWriterService(h.db);
    await writer.upsert(range(2).map((i) => bulkDrive(`drive-${i}`, i)));
    const small = await h.run(DRIVES);
    await writer.upsert(
      range(30)
        .slice(2)
        .map((i) => bulkDrive(`drive-${i}`, i)),
    );
    const large = await h.run(DRIVES);
    expect(small.data.scholarshipDrives).toHaveLength(2);
    expect(large.data.scholarshipDrives).toHaveLength(30);
    // Newest first (opensOn DESC): drive-27 opens on the 28th, drive-28 on the 1st.
    expect(large.data.scholarshipDrives[0].id).toBe('drive-27');
    for (const drive of large.data.scholarshipDrives)
      expectDrive(drive, Number(drive.title.split(' ').pop()));
    expect(large.statements).toBe(small.statements);
    // The drives, then one each for their parties, pledges, nominations, awards and payments (totals),
    // the awards' nominations, the awards' payments and (for who acknowledged one) the payments' awards.
    expect(small.statements).toBeLessThanOrEqual(9);
  });
});

const PROGRAMMES = `query($year: Int!) { exchangeProgrammes(year: $year) { id host { code }
  delegations { cityCode size members { id coChair leader { id } } }
  delegationMembers { id }
  agenda { code editions { period } }
  visitedUnits { id }
  scholarshipDrives { id parties { id } totals { pledged } pledges { sponsor { id } } }
  followUps { id isOverdue ownerUnit { id } } } }`;

const PARTNERSHIPS = `query($city: String!, $unit: ID!) {
  schoolPartnerships(cityCode: $city, first: 50) { totalCount edges { node { id isCrossCity unitA { id } unitB { cityCode id }
    activities { kind participants } } } }
  unitPartnerships(cityCode: $city, unitId: $unit) { id activities { participants } } }`;

const CITIES = `query($search: String) { cities(search: $search) { code name } }`;

const CAMPAIGNS = `query($search: String) { campaigns(search: $search) { code
  editions { period periodKind campaign { code } } jointCities { code name } } }`;

describe(`batching in cooperation: programmes, partnerships, the registry and the catalog (${ENGINE})`, () => {
  let h: Awaited<ReturnType<typeof harness>>;
  beforeAll(async () => {
    h = await harness('coopcounts');
    const catalog = new CatalogWriterService(h.db);
    await catalog.upsertCities([...SMALL_CITIES, ...LARGE_CITIES]);
    for (const [prefix, name, size] of [
      ['nho', 'Phong trào nhỏ', 2],
      ['lon', 'Phong trào lớn', 30],
    ] as const) {
      const { campaigns, editions, joint } = bulkCampaigns(prefix, name, size);
      await catalog.upsertCatalog(campaigns, editions, joint);
    }
    const programmes = [
      ...range(2).map((i) => bulkProgramme(`prog-2023-${i}`, 2023, i)),
      ...range(30).map((i) => bulkProgramme(`prog-2024-${i}`, 2024, i)),
    ];
    const small = bulkPartnerships('NAA', ['NAB', 'NAB']);
    const large = bulkPartnerships(
      'HN',
      LARGE_CITIES.map(({ code }) => code),
    );
    await catalog.upsertPartnerships([...small.partnerships, ...large.partnerships]);
    const writer = new DriveWriterService(h.db);
    await writer.upsertProgrammes({
      programmes: programmes.map((p) => p.programme),
      members: programmes.flatMap((p) => p.members),
      visits: programmes.flatMap((p) => p.visits),
      followUps: programmes.flatMap((p) => p.followUps),
      activities: [...small.activities, ...large.activities],
    });
    await writer.upsert(programmes.map((p) => p.drive));
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The same query for the small and the large set: both answers, and the same statements for both. */
  const compare = async (query: string, small: Record<string, unknown>, large: Record<string, unknown>) => {
    const [few, many] = [await h.run(query, small), await h.run(query, large)];
    expect(many.statements).toBe(few.statements);
    return { few, many };
  };

  it('a list of programmes with delegations, agenda, visits, drives and follow-ups: as many statements for 2 as for 30', async () => {
    const { few, many } = await compare(PROGRAMMES, { year: 2023 }, { year: 2024 });
    expect(few.data.exchangeProgrammes.map((p: any) => p.id)).toEqual(['prog-2023-0', 'prog-2023-1']);
    expect(many.data.exchangeProgrammes).toHaveLength(30);
    for (const p of many.data.exchangeProgrammes) {
      const i = Number(p.id.split('-').pop());
      const member = (cityCode: string, n: number) => `${p.id}-${cityCode}-${n}`;
      expect(p.host).toEqual({ code: i % 2 ? 'HN' : 'HP' });
      expect(p.delegations).toEqual(
        ['HP', 'HN'].map((cityCode) => ({
          cityCode,
          size: 2,
          members: [
            { id: member(cityCode, 0), coChair: true, leader: { id: `${cityCode.toLowerCase()}-chair` } },
            { id: member(cityCode, 1), coChair: false, leader: null },
          ],
        })),
      );
      expect(p.delegationMembers.map((m: any) => m.id)).toEqual([
        member('HN', 0),
        member('HN', 1),
        member('HP', 0),
        member('HP', 1),
      ]);
      const editions = [{ period: '2022-2023' }, { period: '2023-2024' }];
      expect(p.agenda).toEqual([
        { code: `lon-${i}`, editions },
        { code: 'nho-0', editions },
      ]);
      expect(p.visitedUnits).toEqual([{ id: `${p.id}-visit-0` }, { id: `${p.id}-visit-1` }]);
      const drive = `${p.id}-drive`;
      expect(p.scholarshipDrives).toEqual([
        {
          id: drive,
          parties: ['a', 'b', 'sponsor', 'org'].map((s) => ({ id: `${drive}-${s}` })),
          totals: { pledged: 1_000 * (i + 1) + 2_000 },
          pledges: ['org', 'sponsor', 'sponsor'].map((s) => ({ sponsor: { id: `${drive}-${s}` } })),
        },
      ]);
      expect(p.followUps).toEqual([
        { id: `${p.id}-f0`, isOverdue: true, ownerUnit: { id: `${p.id}-owner-0` } },
        { id: `${p.id}-f1`, isOverdue: false, ownerUnit: { id: `${p.id}-owner-1` } },
      ]);
    }
    // The programmes, their hosts, members, agenda campaigns and their editions, visits, drives and
    // follow-ups, then the drives' parties, pledges, awards and payments.
    expect(few.statements).toBeLessThanOrEqual(12);
  });

  it('partnerships with their activity logs: as many statements for 2 as for 30', async () => {
    const { few, many } = await compare(
      PARTNERSHIPS,
      { city: 'NAA', unit: 'NAA-u' },
      { city: 'HN', unit: 'HN-u' },
    );
    expect(few.data.schoolPartnerships.totalCount).toBe(2);
    expect(many.data.schoolPartnerships.totalCount).toBe(30);
    expect(many.data.unitPartnerships).toHaveLength(30);
    for (const { node } of many.data.schoolPartnerships.edges) {
      const i = Number(node.id.split('-').pop());
      expect(node).toEqual({
        id: `HN-tw-${i}`,
        isCrossCity: true,
        unitA: { id: 'HN-u' },
        unitB: { cityCode: LARGE_CITIES[i].code, id: `${LARGE_CITIES[i].code}-u${i}` },
        activities: [
          { kind: 'Sinh hoạt 0', participants: 10 * i },
          { kind: 'Sinh hoạt 1', participants: 10 * i + 1 },
        ],
      });
    }
    for (const partnership of many.data.unitPartnerships) {
      const i = Number(partnership.id.split('-').pop());
      expect(partnership.activities).toEqual([{ participants: 10 * i }, { participants: 10 * i + 1 }]);
    }
    // totalCount and the page, the unit's partnerships, and every activity of both lists.
    expect(few.statements).toBeLessThanOrEqual(4);
  });

  it('the registry’s cities and the catalog’s campaigns with editions and joint cities: as many for 2 as for 30', async () => {
    const cities = await compare(CITIES, { search: 'nho' }, { search: 'lon' });
    expect(cities.few.data.cities.map((c: any) => c.code)).toEqual(['NAA', 'NAB']);
    expect(cities.many.data.cities.map((c: any) => c.code).sort()).toEqual(
      LARGE_CITIES.map((c) => c.code).sort(),
    );
    expect(cities.few.statements).toBe(1);
    const campaigns = await compare(CAMPAIGNS, { search: 'nho' }, { search: 'lon' });
    expect(campaigns.few.data.campaigns.map((c: any) => c.code)).toEqual(['nho-0', 'nho-1']);
    expect(campaigns.many.data.campaigns).toHaveLength(30);
    for (const campaign of campaigns.many.data.campaigns) {
      expect(campaign.editions).toEqual(
        ['2022-2023', '2023-2024'].map((period) => ({
          period,
          periodKind: 'SCHOOL_YEAR',
          campaign: { code: campaign.code },
        })),
      );
      expect(campaign.jointCities).toEqual([
        { code: 'HN', name: 'Hà Nội' },
        { code: 'HP', name: 'Hải Phòng' },
      ]);
    }
    // The campaigns, their editions, their joint cities and those cities (an edition's campaign is known).
    expect(campaigns.few.statements).toBeLessThanOrEqual(4);
  });

  it('reads afresh after a write: a later mutation of the same document sees the earlier one’s pledge', async () => {
    const bundle = bulkDrive('fresh', 0);
    bundle.drive.status = DriveStatus.DRAFT;
    await new DriveWriterService(h.db).upsert([bundle]);
    const { data } = await h.run(`mutation {
      open: changeDriveStatus(driveId: "fresh", status: OPEN) { totals { pledged } pledges { id } }
      pledge: pledgeToDrive(driveId: "fresh", sponsorPartyId: "fresh-sponsor", amount: 5000, pledgedOn: "2024-03-02") { id }
      select: changeDriveStatus(driveId: "fresh", status: SELECTING) { totals { pledged } pledges { id } } }`);
    expect(data.open).toEqual({
      totals: { pledged: 3_000 },
      pledges: [{ id: 'fresh-p0' }, { id: 'fresh-p1' }, { id: 'fresh-p2' }],
    });
    expect(data.select.totals).toEqual({ pledged: 8_000 });
    expect(data.select.pledges.map((p: any) => p.id)).toEqual([
      'fresh-p0',
      'fresh-p1',
      'fresh-p2',
      data.pledge.id,
    ]);
  });
});
