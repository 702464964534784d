import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const SECTOR = `query($city: String!, $year: String!, $boundaries: Boundaries, $campaign: String) {
  city(code: $city) {
    stats(schoolYear: $year, boundaries: $boundaries) { grassrootsUnions members }
    educationSector(schoolYear: $year, boundaries: $boundaries) {
      schoolYear boundaries grassrootsUnions members grassrootsUnionsWithoutBody
      bodies { organisation { id name kind } grassrootsUnions members mergedFrom }
      campaignResults(campaignCode: $campaign) {
        campaignCode campaign { name } members participants target achievementPercent
        collectivesCommended grassrootsUnionsCovered grassrootsUnionsNotCovered
        reports { participants target collectivesCommended reportedBy { id kind } }
        reportsNotAdded { reportedBy { id } }
      }
    }
  }
}`;
const COMPARISONS = `query($campaign: String!, $period: String!, $boundaries: Boundaries) {
  campaignEdition(campaignCode: $campaign, period: $period) {
    byUnion: comparison(boundaries: $boundaries) { ...Compared }
    bySector: sectorComparison(boundaries: $boundaries) { ...Compared }
  }
}
fragment Compared on CampaignComparison {
  groupedBy boundaries complete
  cities { cityCode reported formedFrom figures { members participants target achievementPercent } }
}`;
/** Every report a city holds for a campaign and year, whoever reported it. */
const REPORTS = `query($city: String!, $year: String!, $campaign: String!) { city(code: $city) {
  campaignResults(schoolYear: $year, campaignCode: $campaign, first: 100) {
    edges { node { participants target mergedFrom reportedBy { id kind } } } } } }`;

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** The education sector as a grouping of reports across the bodies that managed its schools, through the gateway. */
describe(`the education sector across the 2025 reorganisation (${ENGINE})`, () => {
  let federation: RunningFederation;

  beforeAll(async () => {
    federation = await startFederation({ foldPredecessors: true });
  });
  afterAll(async () => {
    await federation?.close();
  });

  async function sector(city: string, year: string, campaign?: string, boundaries = 'AS_REPORTED') {
    const result = await federation.query(SECTOR, { city, year, campaign, boundaries });
    expect(result.errors).toBeUndefined();
    return result.data!.city;
  }

  async function reports(city: string, year: string, campaign: string) {
    const result = await federation.query(REPORTS, { city, year, campaign });
    expect(result.errors).toBeUndefined();
    return result.data!.city.campaignResults.edges.map((edge: any) => edge.node);
  }

  it('groups Hà Nội’s 2022-2023 school unions by the bodies that managed them, adding up to its statistics', async () => {
    const { stats, educationSector } = await sector('HN', '2022-2023', 'sang-kien-sang-tao');
    expect(educationSector.grassrootsUnionsWithoutBody).toBe(0);
    expect(educationSector.grassrootsUnions).toBe(stats.grassrootsUnions);
    expect(educationSector.members).toBe(stats.members);
    expect(sum(educationSector.bodies.map((b: any) => b.grassrootsUnions))).toBe(stats.grassrootsUnions);
    const byId = new Map(educationSector.bodies.map((b: any) => [b.organisation.id, b]));
    expect(byId.get('hn-cong-doan-nganh-giao-duc')).toMatchObject({ grassrootsUnions: 200 });
    // SEED-FACTS: LĐLĐ huyện Thạch Thất directly managed 85 school unions with 3,319 members.
    expect(byId.get('hn-ldld-thach-that')).toMatchObject({
      grassrootsUnions: 85,
      members: 3_319,
      organisation: { kind: 'DISTRICT_LABOUR_FEDERATION' },
    });

    // Only Thạch Thất reported the initiatives campaign that year: its 11,145 stand for 85 of the units.
    const [initiatives] = educationSector.campaignResults;
    expect(initiatives).toMatchObject({
      campaignCode: 'sang-kien-sang-tao',
      participants: 11_145,
      members: 3_319,
      grassrootsUnionsCovered: 85,
      grassrootsUnionsNotCovered: stats.grassrootsUnions - 85,
      reports: [{ participants: 11_145, reportedBy: { id: 'hn-ldld-thach-that' } }],
      reportsNotAdded: [],
    });
  });

  it('follows Hải Phòng’s sector to its commune and ward unions in 2025-2026, when its union manages none', async () => {
    const { stats, educationSector } = await sector('HP', '2025-2026', 'moi-thay-co-la-tam-guong');
    expect(educationSector.grassrootsUnions).toBe(stats.grassrootsUnions);
    expect(stats.grassrootsUnions).toBeGreaterThan(0);
    const kinds = new Set(educationSector.bodies.map((b: any) => b.organisation.kind));
    expect([...kinds]).toEqual(['COMMUNE_UNION']);
    expect(educationSector.bodies.map((b: any) => b.organisation.id)).toContain(
      'hp-cong-doan-dac-khu-cat-hai',
    );

    const held = await reports('HP', '2025-2026', 'moi-thay-co-la-tam-guong');
    const [result] = educationSector.campaignResults;
    expect(result.reports).toHaveLength(held.length);
    expect(result.participants).toBe(sum(held.map((r: any) => r.participants)));
    expect(result.target).toBe(sum(held.map((r: any) => r.target)));
    expect(result.achievementPercent).toBe(Math.round((result.participants * 100) / result.target));
    // One body in four did not report: its units are said to be left out, not counted as zeros.
    expect(result.grassrootsUnionsNotCovered).toBeGreaterThan(0);
    const reporting = new Set(held.map((r: any) => r.reportedBy.id));
    const coveredBodies = educationSector.bodies.filter((b: any) => reporting.has(b.organisation.id));
    expect(result.grassrootsUnionsCovered).toBe(sum(coveredBodies.map((b: any) => b.grassrootsUnions)));
    expect(result.members).toBe(sum(coveredBodies.map((b: any) => b.members)));
    expect(result.grassrootsUnionsCovered + result.grassrootsUnionsNotCovered).toBe(stats.grassrootsUnions);
  });

  it('hands Thạch Thất’s schools from the district federation to five commune unions between the two years', async () => {
    const before = await sector('HN', '2024-2025');
    const after = await sector('HN', '2025-2026');
    const ids = (year: any) => year.educationSector.bodies.map((b: any) => b.organisation.id);
    expect(ids(before)).toContain('hn-ldld-thach-that');
    expect(ids(after)).not.toContain('hn-ldld-thach-that');
    const communes = after.educationSector.bodies.filter((b: any) => b.organisation.kind === 'COMMUNE_UNION');
    expect(communes.map((b: any) => b.organisation.name)).toEqual(
      expect.arrayContaining([
        'Công đoàn xã Thạch Thất',
        'Công đoàn xã Hòa Lạc',
        'Công đoàn phường Thanh Xuân',
      ]),
    );
    const formerlyThachThat = before.educationSector.bodies.find(
      (b: any) => b.organisation.id === 'hn-ldld-thach-that',
    );
    expect(after.educationSector.grassrootsUnions).toBe(after.stats.grassrootsUnions);
    expect(formerlyThachThat.grassrootsUnions).toBe(85);
  });

  it('compares the sector city against city where comparing the unions’ reports leaves Hải Phòng out', async () => {
    const result = await federation.query(COMPARISONS, {
      campaign: 'moi-thay-co-la-tam-guong',
      period: '2025-2026',
    });
    expect(result.errors).toBeUndefined();
    const { byUnion, bySector } = result.data!.campaignEdition;
    const city = (comparison: any, code: string) => comparison.cities.find((c: any) => c.cityCode === code);
    expect(byUnion.groupedBy).toBe('EDUCATION_UNION');
    expect(bySector.groupedBy).toBe('EDUCATION_SECTOR');
    expect(city(byUnion, 'HP').reported).toBe(false);
    expect(city(bySector, 'HP').reported).toBe(true);

    const hp = await reports('HP', '2025-2026', 'moi-thay-co-la-tam-guong');
    expect(city(bySector, 'HP').figures.participants).toBe(sum(hp.map((r: any) => r.participants)));
    const hn = await reports('HN', '2025-2026', 'moi-thay-co-la-tam-guong');
    const hnUnion = hn.find((r: any) => r.reportedBy.kind === 'EDUCATION_UNION');
    expect(city(byUnion, 'HN').figures.participants).toBe(hnUnion.participants);
    expect(city(bySector, 'HN').figures.participants).toBe(sum(hn.map((r: any) => r.participants)));
    expect(hn.length).toBeGreaterThan(1);
  });

  it('adds the former Hải Dương’s sector to Hải Phòng’s on today’s boundaries, and says so', async () => {
    const asReported = await sector('HP', '2022-2023', 'moi-thay-co-la-tam-guong');
    const today = await sector('HP', '2022-2023', 'moi-thay-co-la-tam-guong', 'TODAY');
    expect(asReported.educationSector.bodies.some((b: any) => b.mergedFrom)).toBe(false);
    const folded = today.educationSector.bodies.filter((b: any) => b.mergedFrom === 'HD');
    expect(folded.map((b: any) => b.organisation.id)).toEqual(['hd-cong-doan-nganh-giao-duc']);
    expect(today.educationSector.grassrootsUnions).toBe(today.stats.grassrootsUnions);
    expect(today.educationSector.grassrootsUnions).toBe(
      asReported.educationSector.grassrootsUnions + folded[0].grassrootsUnions,
    );

    const held = await reports('HP', '2022-2023', 'moi-thay-co-la-tam-guong');
    const own = held.filter((r: any) => r.mergedFrom === null);
    expect(asReported.educationSector.campaignResults[0].participants).toBe(
      sum(own.map((r: any) => r.participants)),
    );
    expect(today.educationSector.campaignResults[0].participants).toBe(
      sum(held.map((r: any) => r.participants)),
    );

    // 2024-2025: the former Hải Dương's union had been dissolved (31 March 2025); its school unions
    // count under the provincial federation that managed them on 31 May, still in the sector.
    const lastYear = await sector('HP', '2024-2025', undefined, 'TODAY');
    const foldedLastYear = lastYear.educationSector.bodies.filter((b: any) => b.mergedFrom === 'HD');
    expect(foldedLastYear.map((b: any) => b.organisation.id)).toEqual(['hd-ldld-tinh-hai-duong']);
    expect(foldedLastYear[0].grassrootsUnions).toBe(folded[0].grassrootsUnions);
    expect(lastYear.educationSector.grassrootsUnions).toBe(lastYear.stats.grassrootsUnions);

    const compared = await federation.query(COMPARISONS, {
      campaign: 'moi-thay-co-la-tam-guong',
      period: '2022-2023',
      boundaries: 'TODAY',
    });
    expect(compared.errors).toBeUndefined();
    const hp = compared.data!.campaignEdition.bySector.cities.find((c: any) => c.cityCode === 'HP');
    expect(compared.data!.campaignEdition.bySector).toMatchObject({
      boundaries: 'TODAY',
      groupedBy: 'EDUCATION_SECTOR',
    });
    expect(hp).toMatchObject({ formedFrom: ['HP', 'HD'], reported: true });
    expect(hp.figures.participants).toBe(sum(held.map((r: any) => r.participants)));
  });

  it('refuses a school year that is not one, naming the argument', async () => {
    const result = await federation.query(SECTOR, { city: 'HN', year: '2025' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0].message).toMatch(/schoolYear/);
  });
});
