import { RunningFederation, startFederation } from '../../scripts/local-federation';
import {
  FORMER_HAI_DUONG_UNION,
  formerHaiDuongDirectory,
  formerHaiDuongRecords,
} from '../../scripts/demo-data/former-haiduong';
import { haiphongDirectory } from '../../scripts/demo-data/haiphong';
import { haiphongRecords } from '../../scripts/demo-data/haiphong-records';
import { ENGINE } from '../../scripts/throwaway-databases';

const UNIT = `query($id: ID!) { grassrootsUnion(cityCode: "HP", id: $id) { name status validTo mergedFrom
  managedBy { name status validTo } in2023: parentIn(schoolYear: "2022-2023") { name status validTo }
  membershipHistory { schoolYear members } } }`;
const RESULTS = `{ city(code: "HP") { memberCount
  campaignResults(schoolYear: "2022-2023", campaignCode: "moi-thay-co-la-tam-guong", first: 10) {
    edges { node { participants mergedFrom reportedBy { name } } } } } }`;
const EDITION = `{ campaignEdition(campaignCode: "moi-thay-co-la-tam-guong", period: "2022-2023") {
  comparison { cities { cityCode figures { participants } } } } }`;

/** Hải Phòng with the former Hải Dương folded in (as `npm start` has it), through the gateway. */
describe(`a merged city: the former Hải Dương in Hải Phòng (${ENGINE})`, () => {
  let federation: RunningFederation;
  const formerUnit = formerHaiDuongDirectory().grassrootsUnions[5];

  beforeAll(async () => {
    federation = await startFederation({ foldPredecessors: true });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('answers a former Hải Dương unit by id, with its history and where it came from', async () => {
    const result = await federation.query(UNIT, { id: formerUnit.id });
    expect(result.errors).toBeUndefined();
    const unit = result.data!.grassrootsUnion;
    expect(unit).toMatchObject({
      name: `Công đoàn ${formerUnit.schoolName}`,
      status: 'MOVED',
      validTo: '2025-06-30',
      mergedFrom: 'HD',
      // Its union was dissolved on 31 March 2025; the provincial federation managed it until the merger.
      managedBy: { name: 'Liên đoàn Lao động tỉnh Hải Dương', status: 'MERGED', validTo: '2025-06-30' },
      in2023: { name: 'Công đoàn ngành Giáo dục Hải Dương', status: 'DISSOLVED', validTo: '2025-03-31' },
    });
    expect(unit.membershipHistory.map((year: any) => year.schoolYear)).toEqual([
      '2021-2022',
      '2022-2023',
      '2023-2024',
      '2024-2025',
    ]);
    const own = await federation.query(UNIT, { id: 'hp-thpt-cat-ba' });
    expect(own.data!.grassrootsUnion.mergedFrom).toBeNull();
  });

  it('keeps Hải Phòng’s figures for today and its own city-wide results as reported', async () => {
    const result = await federation.query(RESULTS);
    expect(result.errors).toBeUndefined();
    const active = haiphongDirectory.grassrootsUnions.filter(
      (unit) => (unit.status ?? 'ACTIVE') === 'ACTIVE',
    );
    expect(result.data!.city.memberCount).toBe(active.reduce((sum, unit) => sum + unit.memberCount, 0));
    const own = haiphongRecords.results.find(
      (r) => r.campaignCode === 'moi-thay-co-la-tam-guong' && r.schoolYear === '2022-2023',
    )!;
    const nodes = result.data!.city.campaignResults.edges.map((edge: any) => edge.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        {
          participants: own.participants,
          mergedFrom: null,
          reportedBy: { name: 'Công đoàn ngành Giáo dục Hải Phòng' },
        },
        expect.objectContaining({
          mergedFrom: 'HD',
          reportedBy: { name: 'Công đoàn ngành Giáo dục Hải Dương' },
        }),
      ]),
    );

    const edition = await federation.query(EDITION);
    expect(edition.errors).toBeUndefined();
    const hp = edition.data!.campaignEdition.comparison.cities.find((city: any) => city.cityCode === 'HP');
    expect(hp.figures.participants).toBe(own.participants);
  });

  it('compares Hà Nội and Hải Phòng across the merger as reported or on today’s boundaries, and says which', async () => {
    const ACROSS = `query($boundaries: Boundaries!) {
      campaignEdition(campaignCode: "moi-thay-co-la-tam-guong", period: "2022-2023") {
        asReported: comparison { boundaries cities { cityCode formedFrom figures { participants members } } }
        onBoundaries: comparison(boundaries: $boundaries) { boundaries complete
          cities { cityCode formedFrom figures { participants members } } } } }`;
    const result = await federation.query(ACROSS, { boundaries: 'TODAY' });
    expect(result.errors).toBeUndefined();
    const { asReported, onBoundaries } = result.data!.campaignEdition;
    const city = (comparison: any, code: string) =>
      comparison.cities.find((entry: any) => entry.cityCode === code);

    const ownHp = haiphongRecords.results.find(
      (r) => r.campaignCode === 'moi-thay-co-la-tam-guong' && r.schoolYear === '2022-2023',
    )!;
    const formerHd = formerHaiDuongRecords(formerHaiDuongDirectory()).results.find(
      (r) =>
        r.campaignCode === 'moi-thay-co-la-tam-guong' &&
        r.schoolYear === '2022-2023' &&
        r.reportedById === FORMER_HAI_DUONG_UNION,
    )!;
    expect(asReported.boundaries).toBe('AS_REPORTED');
    expect(city(asReported, 'HP')).toMatchObject({
      formedFrom: ['HP'],
      figures: { participants: ownHp.participants },
    });
    expect(onBoundaries.boundaries).toBe('TODAY');
    expect(onBoundaries.complete).toBe(true);
    expect(city(onBoundaries, 'HP')).toMatchObject({
      formedFrom: ['HP', 'HD'],
      figures: { participants: ownHp.participants! + formerHd.participants! },
    });
    // Members add up too: the former Hải Dương's units under its union that year, with Hải Phòng's.
    const hpMembers = city(asReported, 'HP').figures.members;
    expect(city(onBoundaries, 'HP').figures.members).toBeGreaterThan(hpMembers);
    // Hà Nội was not merged: the same on both maps; the former Hải Dương is never a city of its own.
    expect(city(onBoundaries, 'HN')).toEqual(city(asReported, 'HN'));
    expect(onBoundaries.cities.map((entry: any) => entry.cityCode).sort()).toEqual(['HN', 'HP']);
  });

  it('gives Hải Phòng’s own 2022-2023 figures as reported, and with the former Hải Dương on today’s boundaries', async () => {
    const STATS = `{ city(code: "HP") {
      asReported: stats(schoolYear: "2022-2023") { grassrootsUnions members initiatives campaignResults }
      today: stats(schoolYear: "2022-2023", boundaries: TODAY) { grassrootsUnions members initiatives campaignResults } } }`;
    const result = await federation.query(STATS);
    expect(result.errors).toBeUndefined();
    const { asReported, today } = result.data!.city;
    const hd = formerHaiDuongRecords(formerHaiDuongDirectory());
    const hdMemberships = hd.memberships.filter((m) => m.schoolYear === '2022-2023');
    const own = haiphongRecords.memberships.filter((m) => m.schoolYear === '2022-2023');
    expect(asReported.grassrootsUnions).toBe(own.length);
    expect(asReported.members).toBe(own.reduce((sum, m) => sum + m.members, 0));
    expect(today).toEqual({
      grassrootsUnions: asReported.grassrootsUnions + hdMemberships.length,
      members: asReported.members + hdMemberships.reduce((sum, m) => sum + m.members, 0),
      initiatives: asReported.initiatives + hd.initiatives.filter((i) => i.schoolYear === '2022-2023').length,
      campaignResults:
        asReported.campaignResults + hd.results.filter((r) => r.schoolYear === '2022-2023').length,
    });
  });

  it('refuses a boundaries value it does not know, naming it', async () => {
    const result = await federation.query(
      `{ campaignEdition(campaignCode: "hai-tot", period: "2022-2023") { comparison(boundaries: YESTERDAY) { complete } } }`,
    );
    expect(result.errors?.[0].message).toMatch(/YESTERDAY|Boundaries/);
    expect(result.data).toBeUndefined();
  });
});
