import { DataSource } from 'typeorm';
import { CITY_ENTITIES, CITY_MIGRATIONS } from '../../services/city/src/database';
import { OrganisationKind, UnitStatus } from '../../services/city/src/entities/enums';
import { CampaignResult } from '../../services/city/src/entities/campaign-result.entity';
import { Organisation } from '../../services/city/src/entities/organisation.entity';
import { createCityContext } from '../../services/city/src/services/city-context';
import { dataSourceOptions } from '../../services/shared/src/database';
import type { Identity } from '../../services/shared/src/identity';
import { loadCityDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const VIEWER: Identity = { subject: 'dashboard', role: 'viewer', anonymous: false };
const HANOI_UNION = 'hn-cong-doan-nganh-giao-duc';

/**
 * Several provinces dissolved or reshaped their education unions in 2025. A city's education sector
 * must stay comparable: its city-wide figures for a year come from the union that spoke for it then.
 */
describe(`the education sector's figures when its union has ended (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  const figures = (campaignCode: string, period: string) =>
    createCityContext(db, 'HN', VIEWER).editionFigures.result(campaignCode, period);

  beforeAll(async () => {
    database = await createTestDatabase('sectorafterunion');
    db = new DataSource(dataSourceOptions(database.settings, CITY_ENTITIES, CITY_MIGRATIONS));
    await db.initialize();
    await loadCityDemo(db, 'HN');
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('keeps the 2022-2023 result of a union that ended, and asks its successor for the years after', async () => {
    const before = await figures('moi-thay-co-la-tam-guong', '2022-2023');
    expect(before.reported).toBe(true);

    // The union ends with June 2025 and a new body takes the sector over from 1 July 2025.
    const organisations = db.getRepository(Organisation);
    await organisations.update(HANOI_UNION, { status: UnitStatus.DISSOLVED, validTo: '2025-06-30' });
    const successor = organisations.create({
      ...(await organisations.findOneByOrFail({ id: HANOI_UNION })),
      id: 'hn-cong-doan-giao-duc-moi',
      name: 'Công đoàn Giáo dục Hà Nội (từ 1/7/2025)',
      status: UnitStatus.ACTIVE,
      validFrom: '2025-07-01',
      validTo: null,
      kind: OrganisationKind.EDUCATION_UNION,
    });
    await organisations.save(successor);

    const after = await figures('moi-thay-co-la-tam-guong', '2022-2023');
    expect(after).toEqual(before);
    // 2025-2026 is the successor's to report: nothing yet, and not the ended union's figures.
    const later = await figures('moi-thay-co-la-tam-guong', '2025-2026');
    expect(later.reported).toBe(false);
  });

  it('shows a report by a body that managed none of the sector’s school unions, and never adds it', async () => {
    const sector = createCityContext(db, 'HN', VIEWER).educationSector;
    const year = await sector.year('2025-2026');
    const [before] = await sector.campaignResults(year, 'moi-thay-co-la-tam-guong');
    await db.getRepository(CampaignResult).insert({
      id: 'moi-thay-co-la-tam-guong:2025-2026:hn-ldld-thanh-pho',
      campaignCode: 'moi-thay-co-la-tam-guong',
      schoolYear: '2025-2026',
      reportedById: 'hn-ldld-thanh-pho',
      participants: 50_000,
      target: 40_000,
    });
    const again = createCityContext(db, 'HN', VIEWER).educationSector;
    const [after] = await again.campaignResults(await again.year('2025-2026'), 'moi-thay-co-la-tam-guong');
    expect(after.reportsNotAdded.map((r) => r.reportedById)).toEqual(['hn-ldld-thanh-pho']);
    expect(after.reports).toHaveLength(before.reports.length);
    expect(after.participants).toBe(before.participants);
    expect(after.grassrootsUnionsCovered).toBe(before.grassrootsUnionsCovered);
  });
});
