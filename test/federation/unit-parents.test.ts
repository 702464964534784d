import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const THACH_THAT = 'Liên đoàn Lao động huyện Thạch Thất';
const THACH_THAT_COMMUNES = ['Thạch Thất', 'Tây Phương', 'Hòa Lạc', 'Hạ Bằng', 'Yên Xuân'].map(
  (name) => `Công đoàn xã ${name}`,
);
const HP_SECTOR_UNION = 'Công đoàn ngành Giáo dục Hải Phòng';
const CAT_HAI = 'Công đoàn đặc khu Cát Hải';
const TODAY = new Date().toISOString().slice(0, 10);

/** Issue 16: the parent of a grassroots union is dated, so the 2025 reorganisation keeps its history. */
describe(`grassroots unions and their parents before and after 1 July 2025 (${ENGINE})`, () => {
  let federation: RunningFederation;
  let hpOfficer: string;
  const asHp = (query: string, variables: Record<string, unknown> = {}) =>
    federation.query(query, variables, hpOfficer);

  beforeAll(async () => {
    federation = await startFederation();
    hpOfficer = await federation.tokenFor({ sub: 'officer-hp', role: 'city-officer', city: 'HP' });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('Thạch Thất’s 85 units: LĐLĐ huyện Thạch Thất on 31 May 2024, a commune union from 1 July 2025', async () => {
    const result = await federation.query(`{ organisation(cityCode: "HN", id: "hn-ldld-thach-that") {
      grassrootsUnions(first: 100) { totalCount edges { node { id
        before: parentOn(date: "2024-05-31") { name }
        lastDay: parentOn(date: "2025-06-30") { name }
        after: parentOn(date: "2025-07-01") { name kind validFrom }
        inYear: parentIn(schoolYear: "2023-2024") { name }
        nextYear: parentIn(schoolYear: "2025-2026") { name }
        managedBy { name } } } } } }`);
    expect(result.errors).toBeUndefined();
    const { totalCount, edges } = result.data!.organisation.grassrootsUnions;
    expect(totalCount).toBe(85);
    const units = edges.map(({ node }: any) => node);
    for (const unit of units) {
      expect([unit.before.name, unit.lastDay.name, unit.inYear.name]).toEqual([
        THACH_THAT,
        THACH_THAT,
        THACH_THAT,
      ]);
      expect(unit.after).toMatchObject({ kind: 'COMMUNE_UNION', validFrom: '2025-07-01' });
      expect([unit.managedBy.name, unit.nextYear.name]).toEqual([unit.after.name, unit.after.name]);
    }
    // Every school union of the former district went to one of the five communes formed from it.
    expect([...new Set(units.map((unit: any) => unit.after.name))].sort()).toEqual(
      [...THACH_THAT_COMMUNES].sort(),
    );
  });

  it('a Thạch Thất unit’s history has both periods, oldest first', async () => {
    const result = await federation.query(`{ grassrootsUnion(cityCode: "HN", id: "hn-truong-thcs-binh-yen") {
      parentHistory { from to note parent { name kind status } } } }`);
    expect(result.errors).toBeUndefined();
    const [before, after, ...rest] = result.data!.grassrootsUnion.parentHistory;
    expect(rest).toEqual([]);
    expect(before).toEqual({
      from: null,
      to: '2025-06-30',
      note: null,
      parent: { name: THACH_THAT, kind: 'DISTRICT_LABOUR_FEDERATION', status: 'DISSOLVED' },
    });
    expect(after).toMatchObject({
      from: '2025-07-01',
      to: null,
      parent: { name: 'Công đoàn xã Hòa Lạc', kind: 'COMMUNE_UNION', status: 'ACTIVE' },
    });
    expect(after.note).toMatch(/^Từ 01\/7\/2025 do Công đoàn xã Hòa Lạc quản lý/);
  });

  it('LĐLĐ huyện Thạch Thất ended on 30 June 2025 and still answers its 2022-2023 facts', async () => {
    const result = await federation.query(`{
      organisation(cityCode: "HN", id: "hn-ldld-thach-that") { name status validTo grassrootsUnionCount memberCount
        leaders { fullName role }
        grassrootsUnions(first: 100) { edges { node { membershipHistory { schoolYear members } } } } }
      city(code: "HN") {
        campaignResults(schoolYear: "2022-2023", first: 50) { edges { node { campaignCode participants
          initiativesGraded initiativesGradeA achievementPercent reportedBy { id } dataQualityWarnings { message } } } }
        awardDecisions(schoolYear: "2022-2023", first: 50) { edges { node { recipientCount scope { id } } } }
        trainings(schoolYear: "2022-2023") { classes attendances organiser { id } } } }`);
    expect(result.errors).toBeUndefined();
    const { organisation, city } = result.data!;
    expect(organisation).toMatchObject({
      name: THACH_THAT,
      status: 'DISSOLVED',
      validTo: '2025-06-30',
      grassrootsUnionCount: 85,
      memberCount: 3_319,
      leaders: [{ fullName: 'Nguyễn Văn Toàn', role: 'CHAIR' }],
    });
    const reported2022 = organisation.grassrootsUnions.edges
      .flatMap(({ node }: any) => node.membershipHistory)
      .filter((year: any) => year.schoolYear === '2022-2023')
      .reduce((sum: number, year: any) => sum + year.members, 0);
    expect(reported2022).toBe(3_319);
    const results = city.campaignResults.edges
      .map(({ node }: any) => node)
      .filter((node: any) => node.reportedBy.id === 'hn-ldld-thach-that');
    const byCode = Object.fromEntries(results.map((node: any) => [node.campaignCode, node]));
    expect(byCode['sang-kien-sang-tao']).toMatchObject({
      participants: 11_145,
      initiativesGraded: 682,
      initiativesGradeA: 31,
    });
    expect(byCode['mot-trieu-sang-kien']).toMatchObject({ achievementPercent: 2_880 });
    // Its members for 2022-2023 are still the units it managed then, though they moved since.
    expect(byCode['mot-trieu-sang-kien'].dataQualityWarnings).toEqual([
      { message: '11145 participants reported against 3319 members in 2022-2023' },
    ]);
    const awards = city.awardDecisions.edges
      .map(({ node }: any) => node)
      .filter((node: any) => node.scope?.id === 'hn-ldld-thach-that');
    expect(awards.map((award: any) => award.recipientCount).sort((a: number, b: number) => a - b)).toEqual([
      1, 1, 3, 4, 6, 17, 18, 62, 286, 1_774,
    ]);
    expect(city.trainings).toContainEqual({
      classes: 5,
      attendances: 500,
      organiser: { id: 'hn-ldld-thach-that' },
    });
  });

  it('who managed Trường THPT Cát Bà’s union in 2023-2024, and today', async () => {
    const result = await federation.query(`{ grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") {
      inYear: parentIn(schoolYear: "2023-2024") { name kind }
      today: parentOn(date: "${TODAY}") { id name kind isDemo }
      managedBy { name }
      parentHistory { from to parent { name } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.grassrootsUnion).toEqual({
      inYear: { name: HP_SECTOR_UNION, kind: 'EDUCATION_UNION' },
      today: { id: 'hp-cong-doan-dac-khu-cat-hai', name: CAT_HAI, kind: 'COMMUNE_UNION', isDemo: true },
      managedBy: { name: CAT_HAI },
      parentHistory: [
        { from: null, to: '2025-06-30', parent: { name: HP_SECTOR_UNION } },
        { from: '2025-07-01', to: null, parent: { name: CAT_HAI } },
      ],
    });
  });

  it('refuses a date or a school year that is not one, naming the argument', async () => {
    const result = await federation.query(`{ grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") {
      name parentOn(date: "2025-02-30") { name } } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
    const year = await federation.query(`{ grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") {
      name parentIn(schoolYear: "2023-2025") { name } } }`);
    expect(year.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'schoolYear' });
  });

  describe('moveGrassrootsUnion', () => {
    const UNIT = 'hp-truong-thpt-anh-duong';
    const read = async () =>
      (
        await asHp(`{ grassrootsUnion(cityCode: "HP", id: "${UNIT}") { version managedBy { id }
          parentHistory { from to note parent { id } } }
          cityAuditTrail(cityCode: "HP", first: 1) { totalCount edges { node { operation recordId } } } }`)
      ).data!;
    const move = (version: number, input: string, token = hpOfficer) =>
      federation.query(
        `mutation { moveGrassrootsUnion(cityCode: "HP", id: "${UNIT}", version: ${version}, input: { ${input} }) {
          version managedBy { id } } }`,
        {},
        token,
      );

    it.each([
      ['an organisation it does not have', 'parentId: "hp-khong-co", from: "2026-01-01"', 'input.parentId'],
      ['another city’s organisation', 'parentId: "hn-ldld-thanh-pho", from: "2026-01-01"', 'input.parentId'],
      [
        'a parent that did not exist yet',
        'parentId: "hp-cong-doan-phuong-ngo-quyen", from: "2025-03-01"',
        'input.parentId',
      ],
      [
        'the parent it already has',
        'parentId: "hp-cong-doan-phuong-hong-bang", from: "2026-01-01"',
        'input.parentId',
      ],
      [
        'a day that does not exist',
        'parentId: "hp-cong-doan-phuong-ngo-quyen", from: "2026-02-30"',
        'input.from',
      ],
      [
        'the current parent’s first day',
        'parentId: "hp-cong-doan-phuong-ngo-quyen", from: "2025-07-01"',
        'input.from',
      ],
      ['a day in the future', 'parentId: "hp-cong-doan-phuong-ngo-quyen", from: "2099-01-01"', 'input.from'],
    ])('refuses %s, naming the field, and writes nothing', async (_case, input, argument) => {
      const before = await read();
      const result = await move(before.grassrootsUnion.version, input);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(await read()).toEqual(before);
    });

    it('is for the city’s own officers: a viewer and another city’s officer are FORBIDDEN', async () => {
      const before = await read();
      const viewer = await federation.tokenFor({ sub: 'dashboard', role: 'viewer' });
      const hanoi = await federation.tokenFor({ sub: 'officer-hn', role: 'city-officer', city: 'HN' });
      for (const token of [viewer, hanoi]) {
        const result = await move(
          before.grassrootsUnion.version,
          'parentId: "hp-cong-doan-phuong-ngo-quyen", from: "2026-01-01"',
          token,
        );
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(await read()).toEqual(before);
    });

    it('moves a unit from a day: the old period closes the day before, the audit trail records it', async () => {
      const before = await read();
      expect(before.grassrootsUnion.managedBy).toEqual({ id: 'hp-cong-doan-phuong-hong-bang' });
      const input =
        'parentId: "hp-cong-doan-phuong-ngo-quyen", from: "2026-01-01", note: "Quyết định 15/QĐ-LĐLĐ"';
      const stale = await move(before.grassrootsUnion.version - 1, input);
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', argument: 'version' });
      expect(await read()).toEqual(before);

      const moved = await move(before.grassrootsUnion.version, input);
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.moveGrassrootsUnion).toEqual({
        version: before.grassrootsUnion.version + 1,
        managedBy: { id: 'hp-cong-doan-phuong-ngo-quyen' },
      });
      const after = await read();
      expect(after.grassrootsUnion.parentHistory).toEqual([
        { from: null, to: '2025-06-30', note: null, parent: { id: 'hp-cong-doan-nganh-giao-duc' } },
        { ...before.grassrootsUnion.parentHistory[1], to: '2025-12-31' },
        {
          from: '2026-01-01',
          to: null,
          note: 'Quyết định 15/QĐ-LĐLĐ',
          parent: { id: 'hp-cong-doan-phuong-ngo-quyen' },
        },
      ]);
      expect(after.cityAuditTrail.totalCount).toBe(before.cityAuditTrail.totalCount + 1);
      expect(after.cityAuditTrail.edges[0].node).toEqual({
        operation: 'moveGrassrootsUnion',
        recordId: UNIT,
      });
      const onDays = await federation.query(`{ grassrootsUnion(cityCode: "HP", id: "${UNIT}") {
        a: parentOn(date: "2025-12-31") { id } b: parentOn(date: "2026-01-01") { id } } }`);
      expect(onDays.data!.grassrootsUnion).toEqual({
        a: { id: 'hp-cong-doan-phuong-hong-bang' },
        b: { id: 'hp-cong-doan-phuong-ngo-quyen' },
      });
    });
  });
});
