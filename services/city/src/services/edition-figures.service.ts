import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { inKeyOrder } from '../../../shared/src/batch';
import { CampaignResult, RESULT_FIGURES } from '../entities/campaign-result.entity';
import { OrganisationKind, UnitStatus } from '../entities/enums';
import { CityAwards, EditionCityResult } from '../entities/comparison.types';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Organisation } from '../entities/organisation.entity';
import { UnitMembership } from '../entities/yearly-records.entity';
import { CityStatsService } from './city-stats.service';

/** The school year a period stands for: itself, or for a calendar year the school year ending in it. */
export function schoolYearOf(period: string): string {
  return /^\d{4}$/.test(period) ? `${Number(period) - 1}-${period}` : period;
}

/**
 * What this city contributes to the hub's comparisons: its city-wide result for an edition (the one
 * its education union reported; district reports are not city-wide) and its award lines for a period.
 */
export class EditionFiguresService {
  private members = new Map<string, Promise<number | null>>();
  private union?: Promise<Organisation | null>;
  /** City-wide results keyed "<campaign code>|<school year>", one statement per batch of editions. */
  private readonly results = new DataLoader<string, CampaignResult | null>(async (keys) => {
    const union = await this.educationUnion();
    if (!union) return keys.map(() => null);
    const pairs = keys.map((key) => key.split('|'));
    const rows = await this.db.getRepository(CampaignResult).findBy({
      reportedById: union.id,
      campaignCode: In([...new Set(pairs.map(([code]) => code))]),
      schoolYear: In([...new Set(pairs.map(([, year]) => year))]),
    });
    return inKeyOrder(keys, rows, (row) => `${row.campaignCode}|${row.schoolYear}`);
  });

  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly stats: CityStatsService,
  ) {}

  private educationUnion(): Promise<Organisation | null> {
    this.union ??= this.db
      .getRepository(Organisation)
      .findOneBy({ kind: OrganisationKind.EDUCATION_UNION, status: UnitStatus.ACTIVE });
    return this.union;
  }

  async result(campaignCode: string, period: string): Promise<EditionCityResult> {
    const schoolYear = schoolYearOf(period);
    const result = await this.results.load(`${campaignCode}|${schoolYear}`);
    const figures = Object.fromEntries(RESULT_FIGURES.map((name) => [name, result?.[name] ?? null]));
    return {
      cityCode: this.cityCode,
      reported: result !== null,
      members: await this.membersIn(schoolYear, (await this.educationUnion())?.id),
      ...figures,
    } as EditionCityResult;
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

  /** Members of the units the city-wide report covers: those the education union manages. */
  private membersIn(schoolYear: string, unionId: string | undefined): Promise<number | null> {
    let members = this.members.get(schoolYear);
    if (!members) {
      members = unionId
        ? this.db
            .getRepository(UnitMembership)
            .createQueryBuilder('m')
            .innerJoin(GrassrootsUnion, 'u', 'u.id = m.unit_id')
            .select('SUM(m.members)', 'members')
            .where('m.school_year = :schoolYear AND u.managed_by_id = :unionId', { schoolYear, unionId })
            .getRawOne<{ members: string | number | null }>()
            .then((row) => (row?.members === null || row?.members === undefined ? null : Number(row.members)))
        : Promise.resolve(null);
      this.members.set(schoolYear, members);
    }
    return members;
  }
}
