import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupedInKeyOrder } from '../../../shared/src/batch';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { UnitParentPeriod } from '../entities/unit-parent-period.entity';
import { UnitMembership } from '../entities/yearly-records.entity';
import { byFirstDay, covers, schoolYearAnchor } from '../services/parent-dates';
import type { UnionTotals } from './city-loaders';

/** A DATE read raw: mysql2 gives a Date (at midnight UTC, the connection's time zone), SQLite the text. */
const isoDay = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value).slice(0, 10);

const periodCovers = (day: string) =>
  `(p.valid_from IS NULL OR p.valid_from <= ${day}) AND (p.valid_to IS NULL OR p.valid_to >= ${day})`;

/**
 * SQL: parent period `p` is the one of unit `u` on a school year's anchor day (`day`, a parameter), or
 * on the unit's own last day if it ended before (parent-dates.ts, schoolYearAnchor).
 */
export const parentOnAnchorDay = (day: string) =>
  `(((u.valid_to IS NULL OR u.valid_to >= ${day}) AND ${periodCovers(day)})
      OR (u.valid_to < ${day} AND ${periodCovers('u.valid_to')}))`;

/**
 * Members the units under each parent reported for a school year, key "<organisation id>|<school year>",
 * in one statement: a unit counts under the parent it had on the year's anchor day (31 May, or its own
 * last day if it ended before; parent-dates.ts), so a unit moved in 2025 still counts for its old
 * parent's 2022-2023. Null where no unit under that parent reported for that year.
 */
export async function membersByParentAndYear(
  db: DataSource,
  keys: readonly string[],
): Promise<(number | null)[]> {
  const pairs = keys.map((key) => key.split('|') as [string, string]);
  const years = [...new Set(pairs.map(([, year]) => year))];
  const params: Record<string, unknown> = { parents: [...new Set(pairs.map(([parent]) => parent))] };
  const yearClauses = years.map((year, i) => {
    params[`year${i}`] = year;
    params[`day${i}`] = schoolYearAnchor(year);
    const day = `:day${i}`;
    return `(m.school_year = :year${i} AND ${parentOnAnchorDay(day)})`;
  });
  const rows: { parent: string; year: string; members: string | number | null }[] = await db
    .getRepository(UnitMembership)
    .createQueryBuilder('m')
    .innerJoin(GrassrootsUnion, 'u', 'u.id = m.unit_id')
    .innerJoin(UnitParentPeriod, 'p', 'p.grassroots_union_id = m.unit_id')
    .select('p.parent_organisation_id', 'parent')
    .addSelect('m.school_year', 'year')
    .addSelect('SUM(m.members)', 'members')
    .where('p.parent_organisation_id IN (:...parents)')
    .andWhere(`(${yearClauses.join(' OR ')})`)
    .setParameters(params)
    .groupBy('p.parent_organisation_id')
    .addGroupBy('m.school_year')
    .getRawMany();
  const found = new Map(rows.map((row) => [`${row.parent}|${row.year}`, row.members]));
  return keys.map((key) => {
    const members = found.get(key);
    return members === undefined || members === null ? null : Number(members);
  });
}

/** Per-request loaders of the dated parent relation; each batch is one SQL statement, in key order. */
export function createParentPeriodLoaders(db: DataSource, cityCode: string) {
  return {
    /** A unit's parent periods, oldest first. */
    periodsByUnitId: new DataLoader<string, UnitParentPeriod[]>(async (unitIds) => {
      const rows = await db.getRepository(UnitParentPeriod).findBy({ grassrootsUnionId: In([...unitIds]) });
      for (const row of rows) row.cityCode = cityCode;
      return groupedInKeyOrder(unitIds, rows.sort(byFirstDay), (row) => row.grassrootsUnionId);
    }),

    /**
     * Units an organisation managed on a given day and their members (today's roll), key
     * "<organisation id>|<day>": what an organisation that ended still answers for its last day.
     */
    unionTotalsOnDay: new DataLoader<string, UnionTotals>(async (keys) => {
      const pairs = keys.map((key) => key.split('|') as [string, string]);
      const rows: Record<string, unknown>[] = await db
        .getRepository(UnitParentPeriod)
        .createQueryBuilder('p')
        .innerJoin(GrassrootsUnion, 'u', 'u.id = p.grassroots_union_id')
        .select('p.parent_organisation_id', 'parent')
        .addSelect('p.valid_from', 'periodFrom')
        .addSelect('p.valid_to', 'periodTo')
        .addSelect('u.valid_from', 'unitFrom')
        .addSelect('u.valid_to', 'unitTo')
        .addSelect('u.member_count', 'members')
        .where('p.parent_organisation_id IN (:...parents)', {
          parents: [...new Set(pairs.map(([parent]) => parent))],
        })
        .getRawMany();
      return pairs.map(([parent, day]) => {
        const managed = rows.filter(
          (row) =>
            row.parent === parent &&
            covers({ validFrom: isoDay(row.periodFrom), validTo: isoDay(row.periodTo) }, day) &&
            covers({ validFrom: isoDay(row.unitFrom), validTo: isoDay(row.unitTo) }, day),
        );
        return {
          grassrootsUnions: managed.length,
          members: managed.reduce((sum, row) => sum + Number(row.members), 0),
        };
      });
    }),
  };
}

export type ParentPeriodLoaders = ReturnType<typeof createParentPeriodLoaders>;
