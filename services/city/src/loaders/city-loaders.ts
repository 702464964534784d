import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '../../../shared/src/batch';
import { District } from '../entities/district.entity';
import { UnitStatus } from '../entities/enums';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Leader } from '../entities/leader.entity';
import { Member } from '../entities/member.entity';
import { Organisation } from '../entities/organisation.entity';
import { createParentPeriodLoaders } from './parent-period-loaders';
import { createIssuerLoaders } from './issuer-loaders';
import { createProvenanceLoaders } from './provenance-loaders';

export interface UnionTotals {
  grassrootsUnions: number;
  members: number;
}

type Tagged = { cityCode: string };

/** Per-request loaders; each batch is one SQL statement and answers in key order. */
export function createCityLoaders(db: DataSource, cityCode: string) {
  const tag = <T extends Tagged>(rows: T[]): T[] => {
    for (const row of rows) row.cityCode = cityCode;
    return rows;
  };
  const byIds = <T extends Tagged & { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
      return inKeyOrder(ids, tag(rows), (row) => row.id);
    });
  const activeTotalsBy = (column: 'managed_by_id' | 'school_level') =>
    new DataLoader<string, UnionTotals>(async (keys) => {
      const rows: { key: string; units: string | number; members: string | number | null }[] = await db
        .getRepository(GrassrootsUnion)
        .createQueryBuilder('u')
        .select(`u.${column}`, 'key')
        .addSelect('COUNT(*)', 'units')
        .addSelect('SUM(u.member_count)', 'members')
        .where(`u.${column} IN (:...keys)`, { keys })
        .andWhere('u.status = :active', { active: UnitStatus.ACTIVE })
        .groupBy(`u.${column}`)
        .getRawMany();
      const found = inKeyOrder(keys, rows, (row) => row.key);
      return found.map((row) => ({
        grassrootsUnions: Number(row?.units ?? 0),
        members: Number(row?.members ?? 0),
      }));
    });

  const memberCountByUnitId = new DataLoader<string, number>(async (unitIds) => {
    const rows: { unitId: string; count: string | number }[] = await db
      .getRepository(Member)
      .createQueryBuilder('m')
      .select('m.unit_id', 'unitId')
      .addSelect('COUNT(*)', 'count')
      .where('m.unit_id IN (:...unitIds)', { unitIds })
      .groupBy('m.unit_id')
      .getRawMany();
    return inKeyOrder(unitIds, rows, (row) => row.unitId).map((row) => Number(row?.count ?? 0));
  });

  return {
    memberCountByUnitId,
    organisationById: byIds(Organisation),
    districtById: byIds(District),
    leaderById: byIds(Leader),
    grassrootsUnionById: byIds(GrassrootsUnion),
    memberById: byIds(Member),
    leadersByOrganisationId: new DataLoader<string, Leader[]>(async (organisationIds) => {
      const rows = await db.getRepository(Leader).find({
        where: { organisationId: In([...organisationIds]) },
        order: { termStart: 'ASC', id: 'ASC' },
      });
      return groupedInKeyOrder(organisationIds, tag(rows), (row) => row.organisationId);
    }),
    unionTotalsByManagerId: activeTotalsBy('managed_by_id'),
    ...createParentPeriodLoaders(db, cityCode),
    ...createIssuerLoaders(db, cityCode),
    ...createProvenanceLoaders(db),
    unionTotalsByLevel: activeTotalsBy('school_level'),
  };
}

export type CityLoaders = ReturnType<typeof createCityLoaders>;
