import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { groupedInKeyOrder } from '../../../shared/src/batch';
import { CampaignResult } from '../entities/campaign-result.entity';
import { MergedRecord } from '../entities/city-merge.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { UnitParentPeriod } from '../entities/unit-parent-period.entity';
import { UnitMembership } from '../entities/yearly-records.entity';
import { RowScope, rowScopeCondition } from '../services/folded-rows';
import { schoolYearAnchor } from '../services/parent-dates';
import { parentOnAnchorDay } from './parent-period-loaders';

/** Units and members of a school year under one managing body (null: no body recorded that day). */
export interface BodyRow {
  year: string;
  parent: string | null;
  origin: string | null;
  units: string | number;
  members: string | number | null;
}

/** A scope as a key part: "own", "all" or "from:HD". */
export const scopeKey = (scope: RowScope): string =>
  'own' in scope ? 'own' : 'all' in scope ? 'all' : `from:${scope.foldedFrom}`;
const scopeOf = (key: string): RowScope =>
  key === 'own' ? { own: true } : key === 'all' ? { all: true } : { foldedFrom: key.slice(5) };

/** Splits "<scope>|<rest>" keys by scope, answering each scope's keys with one call, in key order. */
function byScope<V>(load: (scope: RowScope, rests: string[]) => Promise<V[]>) {
  return async (keys: readonly string[]): Promise<V[]> => {
    const split = keys.map((key) => [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)]);
    const answers = new Map<string, V>();
    for (const scope of [...new Set(split.map(([scope]) => scope))]) {
      const rests = split.filter(([of]) => of === scope).map(([, rest]) => rest);
      const values = await load(scopeOf(scope), rests);
      rests.forEach((rest, index) => answers.set(`${scope}|${rest}`, values[index]!));
    }
    return keys.map((key) => answers.get(key)!);
  };
}

/**
 * Per-request loaders of the education sector (education-sector.service.ts): each batch is one SQL
 * statement per scope (almost always one), whatever the number of years, editions or bodies.
 */
export function createEducationSectorLoaders(db: DataSource) {
  return {
    /** Key "<scope>|<school year>": units and members per body on the year's anchor day (31 May). */
    bodies: new DataLoader<string, BodyRow[]>(
      byScope(async (scope, years) => {
        const [condition, params] = rowScopeCondition(scope, 'grassroots_union', 'u.id');
        const yearClauses = years.map((year, i) => {
          params[`year${i}`] = year;
          params[`day${i}`] = schoolYearAnchor(year);
          return `(m.school_year = :year${i} AND ${parentOnAnchorDay(`:day${i}`)})`;
        });
        const rows = await db
          .getRepository(UnitMembership)
          .createQueryBuilder('m')
          .innerJoin(GrassrootsUnion, 'u', 'u.id = m.unit_id')
          .leftJoin(
            UnitParentPeriod,
            'p',
            `p.grassroots_union_id = m.unit_id AND (${yearClauses.join(' OR ')})`,
          )
          .leftJoin(
            MergedRecord,
            'r',
            "r.table_name = 'organisation' AND r.record_id = p.parent_organisation_id",
          )
          .select('m.school_year', 'year')
          .addSelect('p.parent_organisation_id', 'parent')
          .addSelect('MAX(r.origin_city_code)', 'origin')
          .addSelect('COUNT(*)', 'units')
          .addSelect('SUM(m.members)', 'members')
          .where('m.school_year IN (:...years)', { years })
          .andWhere(condition)
          .setParameters(params)
          .groupBy('m.school_year')
          .addGroupBy('p.parent_organisation_id')
          .getRawMany<BodyRow>();
        return groupedInKeyOrder(years, rows, (row) => row.year);
      }),
    ),

    /**
     * Key "<scope>|<school year>|<campaign code or empty for all>": the reports of that year (and
     * campaign), by campaign code and reporter.
     */
    reports: new DataLoader<string, CampaignResult[]>(
      byScope(async (scope, rests) => {
        const pairs = rests.map((rest) => rest.split('|') as [string, string]);
        const [condition, params] = rowScopeCondition(scope, 'campaign_result', 'c.id');
        const query = db
          .getRepository(CampaignResult)
          .createQueryBuilder('c')
          .where('c.schoolYear IN (:...years)', { years: [...new Set(pairs.map(([year]) => year))] })
          .andWhere(condition, params)
          .orderBy('c.campaignCode', 'ASC')
          .addOrderBy('c.reportedById', 'ASC');
        if (pairs.every(([, code]) => code !== '')) {
          query.andWhere('c.campaignCode IN (:...codes)', {
            codes: [...new Set(pairs.map(([, code]) => code))],
          });
        }
        const rows = await query.getMany();
        return pairs.map(([year, code]) =>
          rows.filter((row) => row.schoolYear === year && (code === '' || row.campaignCode === code)),
        );
      }),
    ),

    /** The provinces folded into this city, by code (one statement per request). */
    foldedOrigins: new DataLoader<'origins', string[]>(async (keys) => {
      const rows = await db
        .getRepository(MergedRecord)
        .createQueryBuilder('r')
        .select('DISTINCT r.origin_city_code', 'origin')
        .where("r.table_name = 'grassroots_union'")
        .orderBy('origin')
        .getRawMany<{ origin: string }>();
      return keys.map(() => rows.map(({ origin }) => origin));
    }),
  };
}

export type EducationSectorLoaders = ReturnType<typeof createEducationSectorLoaders>;
