import { DataSource } from 'typeorm';
import { Boundaries } from '../../../shared/src/boundaries';
import { addUpReports } from '../../../shared/src/result-grouping';
import { CampaignResult } from '../entities/campaign-result.entity';
import { MergedRecord } from '../entities/city-merge.entity';
import { EditionCityResult } from '../entities/comparison.types';
import { EducationSectorYear, SectorBody, SectorCampaignResult } from '../entities/education-sector.types';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { UnitParentPeriod } from '../entities/unit-parent-period.entity';
import { UnitMembership } from '../entities/yearly-records.entity';
import { parentOnAnchorDay } from '../loaders/parent-period-loaders';
import { editionCityResult, schoolYearOf } from './edition-figures.service';
import { RowScope, rowScopeCondition } from './folded-rows';
import { schoolYearAnchor } from './parent-dates';

interface BodyRow {
  parent: string | null;
  origin: string | null;
  units: string | number;
  members: string | number | null;
}

/**
 * The education sector of the city (docs/reorganisation.md): its school unions in a school year, each
 * under the body that managed it on the year's anchor day, and campaign figures added up over those
 * bodies' reports. Every unit of a city deployment is a school union, so the sector is the deployment's
 * own; what changes across the 2025 reorganisation is which bodies speak for it.
 */
export class EducationSectorService {
  private readonly years = new Map<string, Promise<EducationSectorYear>>();

  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
  ) {}

  /** The sector in a school year, on the boundaries asked (today's adds the units a fold brought). */
  year(schoolYear: string, boundaries = Boundaries.AS_REPORTED): Promise<EducationSectorYear> {
    return this.inScope(
      schoolYear,
      boundaries === Boundaries.TODAY ? { all: true } : { own: true },
      boundaries,
    );
  }

  /** Each campaign's sector figures for the year (one campaign when `campaignCode` is given), by code. */
  async campaignResults(sector: EducationSectorYear, campaignCode?: string): Promise<SectorCampaignResult[]> {
    const [condition, params] = rowScopeCondition(sector.scope, 'campaign_result', 'c.id');
    const query = this.db
      .getRepository(CampaignResult)
      .createQueryBuilder('c')
      .where('c.schoolYear = :year', { year: sector.schoolYear })
      .andWhere(condition, params)
      .orderBy('c.campaignCode', 'ASC')
      .addOrderBy('c.reportedById', 'ASC');
    if (campaignCode) query.andWhere('c.campaignCode = :campaignCode', { campaignCode });
    const rows = await query.getMany();
    const codes = [...new Set(rows.map((row) => row.campaignCode))];
    return codes.map((code) =>
      sectorResult(
        sector,
        code,
        rows
          .filter((row) => row.campaignCode === code)
          .map((row) => Object.assign(row, { cityCode: this.cityCode })),
      ),
    );
  }

  /** This city's sector figures for a comparison: its own units, as one entry (never absent). */
  async editionResult(campaignCode: string, period: string): Promise<EditionCityResult> {
    const sector = await this.inScope(schoolYearOf(period), { own: true }, Boundaries.AS_REPORTED);
    const [result] = await this.campaignResults(sector, campaignCode);
    return asEditionResult(this.cityCode, result);
  }

  /** The sector figures of each province folded into this city, under its code; only those that reported. */
  async predecessorEditionResults(campaignCode: string, period: string): Promise<EditionCityResult[]> {
    const origins = await this.foldedOrigins();
    const results = await Promise.all(
      origins.map(async (origin) => {
        const sector = await this.inScope(
          schoolYearOf(period),
          { foldedFrom: origin },
          Boundaries.AS_REPORTED,
        );
        const [result] = await this.campaignResults(sector, campaignCode);
        return result?.reports.length ? [asEditionResult(origin, result)] : [];
      }),
    );
    return results.flat();
  }

  private inScope(schoolYear: string, scope: RowScope, boundaries: Boundaries): Promise<EducationSectorYear> {
    const key = `${schoolYear}|${JSON.stringify(scope)}`;
    let year = this.years.get(key);
    if (!year) {
      year = this.bodies(schoolYear, scope).then((rows) => sectorYear(schoolYear, scope, boundaries, rows));
      this.years.set(key, year);
    }
    return year;
  }

  /** Units and members per managing body on the year's anchor day, one statement. */
  private bodies(schoolYear: string, scope: RowScope): Promise<BodyRow[]> {
    const [condition, params] = rowScopeCondition(scope, 'grassroots_union', 'u.id');
    return this.db
      .getRepository(UnitMembership)
      .createQueryBuilder('m')
      .innerJoin(GrassrootsUnion, 'u', 'u.id = m.unit_id')
      .leftJoin(UnitParentPeriod, 'p', `p.grassroots_union_id = m.unit_id AND ${parentOnAnchorDay(':day')}`)
      .leftJoin(MergedRecord, 'r', "r.table_name = 'organisation' AND r.record_id = p.parent_organisation_id")
      .select('p.parent_organisation_id', 'parent')
      .addSelect('MAX(r.origin_city_code)', 'origin')
      .addSelect('COUNT(*)', 'units')
      .addSelect('SUM(m.members)', 'members')
      .where('m.school_year = :year', { year: schoolYear, day: schoolYearAnchor(schoolYear) })
      .andWhere(condition, params)
      .groupBy('p.parent_organisation_id')
      .getRawMany<BodyRow>();
  }

  private foldedOrigins(): Promise<string[]> {
    return this.db
      .getRepository(MergedRecord)
      .createQueryBuilder('r')
      .select('DISTINCT r.origin_city_code', 'origin')
      .where("r.table_name = 'grassroots_union'")
      .orderBy('origin')
      .getRawMany<{ origin: string }>()
      .then((rows) => rows.map(({ origin }) => origin));
  }
}

function sectorYear(
  schoolYear: string,
  scope: RowScope,
  boundaries: Boundaries,
  rows: BodyRow[],
): EducationSectorYear {
  const bodies: SectorBody[] = rows
    .filter((row) => row.parent !== null)
    .map((row) => ({
      organisationId: row.parent!,
      grassrootsUnions: Number(row.units),
      members: Number(row.members ?? 0),
      mergedFrom: row.origin,
    }))
    .sort(
      (a, b) => b.grassrootsUnions - a.grassrootsUnions || a.organisationId.localeCompare(b.organisationId),
    );
  const without = rows.find((row) => row.parent === null);
  const sum = (pick: (row: BodyRow) => string | number | null) =>
    rows.reduce((total, row) => total + Number(pick(row) ?? 0), 0);
  return {
    schoolYear,
    scope,
    boundaries,
    grassrootsUnions: sum((row) => row.units),
    members: sum((row) => row.members),
    bodies,
    grassrootsUnionsWithoutBody: without ? Number(without.units) : 0,
  };
}

/** A campaign's reports for the year split into those of the sector's bodies (added up) and the rest. */
function sectorResult(
  sector: EducationSectorYear,
  campaignCode: string,
  rows: CampaignResult[],
): SectorCampaignResult {
  const bodyOf = new Map(sector.bodies.map((body) => [body.organisationId, body]));
  const reports = rows.filter((row) => bodyOf.has(row.reportedById));
  const covered = reports.map((row) => bodyOf.get(row.reportedById)!);
  const units = covered.reduce((sum, body) => sum + body.grassrootsUnions, 0);
  return {
    campaignCode,
    schoolYear: sector.schoolYear,
    ...addUpReports(reports),
    members: covered.reduce((sum, body) => sum + body.members, 0),
    reports,
    reportsNotAdded: rows.filter((row) => !bodyOf.has(row.reportedById)),
    grassrootsUnionsCovered: units,
    grassrootsUnionsNotCovered: sector.grassrootsUnions - units,
  };
}

function asEditionResult(cityCode: string, result: SectorCampaignResult | undefined): EditionCityResult {
  if (!result?.reports.length) return editionCityResult(cityCode, null, null);
  return editionCityResult(cityCode, result, result.members);
}
