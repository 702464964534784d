import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { CampaignResult, RESULT_FIGURES } from '../entities/campaign-result.entity';
import { OrganisationKind, UnitStatus } from '../entities/enums';
import { CityAwards, EditionCityResult } from '../entities/comparison.types';
import { Organisation } from '../entities/organisation.entity';
import { membersByParentAndYear } from '../loaders/parent-period-loaders';
import { CityStatsService } from './city-stats.service';
import { ownRowCondition } from './folded-rows';
import { schoolYearAnchor } from './parent-dates';

/** The school year a period stands for: itself, or for a calendar year the school year ending in it. */
export function schoolYearOf(period: string): string {
  return /^\d{4}$/.test(period) ? `${Number(period) - 1}-${period}` : period;
}

/** A city's entry in a comparison: its city-wide report's figures, or "not reported" with none. */
export function editionCityResult(
  cityCode: string,
  result: Pick<CampaignResult, (typeof RESULT_FIGURES)[number]> | null,
  members: number | null,
): EditionCityResult {
  const figures = Object.fromEntries(RESULT_FIGURES.map((name) => [name, result?.[name] ?? null]));
  return { cityCode, reported: result !== null, members, ...figures } as EditionCityResult;
}

/**
 * What this city contributes to the hub's comparisons: its city-wide result for an edition (the one
 * its education union reported; district reports are not city-wide) and its award lines for a period.
 */
export class EditionFiguresService {
  private members = new Map<string, Promise<number | null>>();
  private unions?: Promise<Organisation[]>;
  /** City-wide results keyed "<campaign code>|<school year>", one statement per batch of editions. */
  private readonly results = new DataLoader<string, CampaignResult | null>(async (keys) => {
    const pairs = keys.map((key) => key.split('|') as [string, string]);
    const years = [...new Set(pairs.map(([, year]) => year))];
    const unionOf = new Map(
      await Promise.all(years.map(async (year) => [year, await this.unionIn(year)] as const)),
    );
    const unionIds = [...new Set([...unionOf.values()].flatMap((union) => (union ? [union.id] : [])))];
    if (!unionIds.length) return keys.map(() => null);
    const rows = await this.db.getRepository(CampaignResult).findBy({
      reportedById: In(unionIds),
      campaignCode: In([...new Set(pairs.map(([code]) => code))]),
      schoolYear: In(years),
    });
    return pairs.map(
      ([code, year]) =>
        rows.find(
          (row) =>
            row.campaignCode === code &&
            row.schoolYear === year &&
            row.reportedById === unionOf.get(year)?.id,
        ) ?? null,
    );
  });

  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly stats: CityStatsService,
  ) {}

  /** The city's own education unions, current and ended; not those a fold brought (merge-city). */
  private ownEducationUnions(): Promise<Organisation[]> {
    this.unions ??= this.db
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('o.kind = :kind', { kind: OrganisationKind.EDUCATION_UNION })
      .andWhere(ownRowCondition('organisation', 'o.id'))
      .getMany();
    return this.unions;
  }

  /**
   * The union that spoke for the city's education sector in a school year, so that the sector stays
   * comparable after a union ends or is replaced: the one in existence on the year's last day (31 May),
   * else the one that existed latest within the year, else the active one (a record from before
   * the union's recorded first day).
   */
  private async unionIn(schoolYear: string): Promise<Organisation | null> {
    const unions = await this.ownEducationUnions();
    const lastDay = schoolYearAnchor(schoolYear);
    const firstDay = `${schoolYear.slice(0, 4)}-09-01`;
    const existed = (union: Organisation, from: string, to: string) =>
      (union.validFrom ?? '') <= to && (union.validTo === null || union.validTo >= from);
    const withinYear = unions
      .filter((union) => existed(union, firstDay, lastDay))
      .sort((a, b) => (b.validTo ?? '9999').localeCompare(a.validTo ?? '9999'));
    return (
      unions.find((union) => existed(union, lastDay, lastDay)) ??
      withinYear[0] ??
      unions.find((union) => union.status === UnitStatus.ACTIVE) ??
      null
    );
  }

  async result(campaignCode: string, period: string): Promise<EditionCityResult> {
    const schoolYear = schoolYearOf(period);
    const result = await this.results.load(`${campaignCode}|${schoolYear}`);
    return editionCityResult(this.cityCode, result, await this.membersIn(schoolYear));
  }

  async awards(period: string): Promise<CityAwards> {
    const { awards } = await this.stats.stats(schoolYearOf(period));
    const lines = awards.map(({ kind, issuerLevel, recipientType, recipients }) => ({
      kind,
      issuerLevel,
      recipientType,
      recipients,
    }));
    return { cityCode: this.cityCode, lines };
  }

  /** Members of the units the city-wide report covers: those the year's education union managed then. */
  private membersIn(schoolYear: string): Promise<number | null> {
    let members = this.members.get(schoolYear);
    if (!members) {
      members = this.unionIn(schoolYear).then((union) =>
        union
          ? membersByParentAndYear(this.db, [`${union.id}|${schoolYear}`]).then(([found]) => found)
          : null,
      );
      this.members.set(schoolYear, members);
    }
    return members;
  }
}
