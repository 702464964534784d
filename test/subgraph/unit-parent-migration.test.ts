import { DataSource } from 'typeorm';
import { CITY_ENTITIES, CITY_MIGRATIONS } from '../../services/city/src/database';
import { OrganisationKind, SchoolLevel, UnitStatus } from '../../services/city/src/entities/enums';
import { GrassrootsUnion } from '../../services/city/src/entities/grassroots-union.entity';
import { Organisation } from '../../services/city/src/entities/organisation.entity';
import { UnitParentPeriod } from '../../services/city/src/entities/unit-parent-period.entity';
import { dataSourceOptions } from '../../services/shared/src/database';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const BEFORE_PARENT_PERIODS = CITY_MIGRATIONS.filter(
  (migration) => Number(/\d+$/.exec(migration.name)![0]) < 1764700000100,
);

describe(`migration UnitParentPeriods1764700000100 on a database with units (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('parentmigration');
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it('gives every existing unit one period from its managed_by_id, spanning the unit’s validity', async () => {
    const older = new DataSource(dataSourceOptions(database.settings, CITY_ENTITIES, BEFORE_PARENT_PERIODS));
    await older.initialize();
    await older.getRepository(Organisation).insert({
      id: 'xx-union',
      kind: OrganisationKind.EDUCATION_UNION,
      name: 'Công đoàn ngành Giáo dục',
      status: UnitStatus.ACTIVE,
      searchText: 'cong doan nganh giao duc',
      sortKey: 'cong doan',
    });
    const unit = (id: string, validFrom: string | null, validTo: string | null) => ({
      id,
      name: `Công đoàn ${id}`,
      schoolName: id,
      schoolLevel: SchoolLevel.PRIMARY,
      managedById: 'xx-union',
      memberCount: 10,
      status: validTo ? UnitStatus.DISSOLVED : UnitStatus.ACTIVE,
      validFrom,
      validTo,
      searchText: id,
      sortKey: id,
    });
    await older
      .getRepository(GrassrootsUnion)
      .insert([
        unit('xx-old', null, null),
        unit('xx-new', '2024-09-01', null),
        unit('xx-closed', null, '2025-06-30'),
      ]);
    await older.destroy();

    db = new DataSource(dataSourceOptions(database.settings, CITY_ENTITIES, CITY_MIGRATIONS));
    await db.initialize();
    const periods = await db.getRepository(UnitParentPeriod).find({ order: { id: 'ASC' } });
    expect(periods).toEqual([
      {
        id: 'xx-closed:earliest',
        grassrootsUnionId: 'xx-closed',
        parentOrganisationId: 'xx-union',
        validFrom: null,
        validTo: '2025-06-30',
        note: null,
      },
      {
        id: 'xx-new:2024-09-01',
        grassrootsUnionId: 'xx-new',
        parentOrganisationId: 'xx-union',
        validFrom: '2024-09-01',
        validTo: null,
        note: null,
      },
      {
        id: 'xx-old:earliest',
        grassrootsUnionId: 'xx-old',
        parentOrganisationId: 'xx-union',
        validFrom: null,
        validTo: null,
        note: null,
      },
    ]);
  });
});
