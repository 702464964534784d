import { Boundaries } from '../../../shared/src/boundaries';
import { addUpReports } from '../../../shared/src/result-grouping';
import { CampaignResult } from '../entities/campaign-result.entity';
import { EditionCityResult } from '../entities/comparison.types';
import { EducationSectorYear, SectorBody, SectorCampaignResult } from '../entities/education-sector.types';
import { BodyRow, EducationSectorLoaders, scopeKey } from '../loaders/education-sector-loaders';
import { editionCityResult, schoolYearOf } from './edition-figures.service';
import type { RowScope } from './folded-rows';

/**
 * The education sector of the city (docs/reorganisation.md): its school unions in a school year, each
 * under the body that managed it on the year's anchor day, and campaign figures added up over those
 * bodies' reports. Every unit of a city deployment is a school union, so the sector is the deployment's
 * own; what changes across the 2025 reorganisation is which bodies speak for it.
 */
export class EducationSectorService {
  constructor(
    private readonly loaders: EducationSectorLoaders,
    private readonly cityCode: string,
  ) {}

  /** The sector in a school year, on the boundaries asked (today's adds the units a fold brought). */
  year(schoolYear: string, boundaries = Boundaries.AS_REPORTED): Promise<EducationSectorYear> {
    const scope: RowScope = boundaries === Boundaries.TODAY ? { all: true } : { own: true };
    return this.inScope(schoolYear, scope, boundaries);
  }

  /** Each campaign's sector figures for the year (one campaign when `campaignCode` is given), by code. */
  async campaignResults(sector: EducationSectorYear, campaignCode?: string): Promise<SectorCampaignResult[]> {
    const key = `${scopeKey(sector.scope)}|${sector.schoolYear}|${campaignCode ?? ''}`;
    const rows = await this.loaders.reports.load(key);
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
    const origins = await this.loaders.foldedOrigins.load('origins');
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

  private async inScope(
    schoolYear: string,
    scope: RowScope,
    boundaries: Boundaries,
  ): Promise<EducationSectorYear> {
    const rows = await this.loaders.bodies.load(`${scopeKey(scope)}|${schoolYear}`);
    return sectorYear(schoolYear, scope, boundaries, rows);
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
