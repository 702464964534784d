import { DataSource } from 'typeorm';
import { keysetPage, PageRequest } from '../../../shared/src/keyset-page';
import { schoolYearArgument } from '../../../shared/src/school-year';
import { whereMatches } from '../../../shared/src/search-filter';
import { AwardDecision } from '../entities/award-decision.entity';
import { Campaign } from '../entities/campaign.entity';
import { CampaignResult } from '../entities/campaign-result.entity';
import { CoordinationAgreement } from '../entities/coordination-agreement.entity';
import { Initiative } from '../entities/initiative.entity';
import { AgreementKind, AwardKind, IssuerLevel, RecipientType, RecordStatus } from '../entities/record-enums';
import { DataQualityWarning } from '../entities/stats.types';
import { Training } from '../entities/training.entity';
import { AnnualPlan } from '../entities/yearly-records.entity';
import { RecordLoaders } from '../loaders/record-loaders';

export interface ResultFilter {
  schoolYear?: string | null;
  campaignCode?: string | null;
}

export interface InitiativeFilter {
  schoolYear?: string | null;
  grade?: string | null;
  unitId?: string | null;
  search?: string | null;
}

export interface AwardFilter {
  schoolYear?: string | null;
  kind?: AwardKind | null;
  issuerLevel?: IssuerLevel | null;
  recipientType?: RecipientType | null;
  status?: RecordStatus | null;
}

const BY_ID = { column: 'id', property: 'id' } as const;

/** Reading a city's union records: lists with filters and pages, and what the records say of themselves. */
export class RecordsService {
  constructor(
    private readonly db: DataSource,
    private readonly cityCode: string,
    private readonly loaders: RecordLoaders,
  ) {}

  private tag<T extends { cityCode: string }>(rows: T[]): T[] {
    for (const row of rows) row.cityCode = this.cityCode;
    return rows;
  }

  async campaigns(): Promise<Campaign[]> {
    return this.tag(await this.db.getRepository(Campaign).find({ order: { sortKey: 'ASC' } }));
  }

  campaign(code: string): Promise<Campaign | null> {
    return this.loaders.campaignByCode.load(code);
  }

  async campaignResults(filter: ResultFilter, page: PageRequest) {
    const query = this.db.getRepository(CampaignResult).createQueryBuilder('r');
    if (filter.schoolYear)
      query.andWhere('r.school_year = :year', { year: schoolYearArgument(filter.schoolYear) });
    if (filter.campaignCode) query.andWhere('r.campaign_code = :code', { code: filter.campaignCode });
    const connection = await keysetPage(query, page, BY_ID);
    this.tag(connection.edges.map((edge) => edge.node));
    return connection;
  }

  async initiatives(filter: InitiativeFilter, page: PageRequest) {
    const query = whereMatches(
      this.db.getRepository(Initiative).createQueryBuilder('i'),
      'i.search_text',
      filter.search,
    );
    if (filter.schoolYear)
      query.andWhere('i.school_year = :year', { year: schoolYearArgument(filter.schoolYear) });
    if (filter.grade) query.andWhere('i.grade = :grade', { grade: filter.grade });
    if (filter.unitId) query.andWhere('i.unit_id = :unitId', { unitId: filter.unitId });
    const connection = await keysetPage(query, page);
    this.tag(connection.edges.map((edge) => edge.node));
    return connection;
  }

  async awardDecisions(filter: AwardFilter, page: PageRequest) {
    const query = this.db.getRepository(AwardDecision).createQueryBuilder('a');
    if (filter.schoolYear)
      query.andWhere('a.school_year = :year', { year: schoolYearArgument(filter.schoolYear) });
    for (const [column, value] of [
      ['kind', filter.kind],
      ['issuer_level', filter.issuerLevel],
      ['recipient_type', filter.recipientType],
      ['status', filter.status],
    ] as const) {
      if (value) query.andWhere(`a.${column} = :${column}`, { [column]: value });
    }
    const connection = await keysetPage(query, page, BY_ID);
    this.tag(connection.edges.map((edge) => edge.node));
    return connection;
  }

  award(id: string): Promise<AwardDecision | null> {
    return this.loaders.awardById.load(id);
  }

  async trainings(schoolYear?: string | null): Promise<Training[]> {
    const where = schoolYear ? { schoolYear: schoolYearArgument(schoolYear) } : {};
    return this.tag(
      await this.db.getRepository(Training).find({ where, order: { schoolYear: 'ASC', id: 'ASC' } }),
    );
  }

  async agreements(kind?: AgreementKind | null): Promise<CoordinationAgreement[]> {
    const where = kind ? { kind } : {};
    return this.tag(
      await this.db.getRepository(CoordinationAgreement).find({ where, order: { sortKey: 'ASC' } }),
    );
  }

  reviews(agreementId: string) {
    return this.loaders.reviewsByAgreementId.load(agreementId);
  }

  annualPlan(schoolYear: string): Promise<AnnualPlan | null> {
    return this.db.getRepository(AnnualPlan).findOneBy({ schoolYear: schoolYearArgument(schoolYear) });
  }

  /** Figures that look wrong are flagged, never corrected: e.g. more participants than members. */
  async dataQualityWarnings(result: CampaignResult): Promise<DataQualityWarning[]> {
    const members = await this.loaders.membersByScopeYear.load(`${result.reportedById}|${result.schoolYear}`);
    const warnings: DataQualityWarning[] = [];
    if (members > 0 && result.participants !== null && result.participants > members) {
      warnings.push({
        code: 'PARTICIPANTS_EXCEED_MEMBERS',
        message: `${result.participants} participants reported against ${members} members in ${result.schoolYear}`,
      });
    }
    if (
      result.initiativesGradeA !== null &&
      result.initiativesGraded !== null &&
      result.initiativesGradeA > result.initiativesGraded
    ) {
      warnings.push({
        code: 'GRADE_A_EXCEEDS_GRADED',
        message: 'More initiatives graded A than graded in all',
      });
    }
    return warnings;
  }
}
