import { DataSource } from 'typeorm';
import { Boundaries } from '../../../shared/src/boundaries';
import { ownRowCondition } from './folded-rows';
import { schoolYearArgument } from '../../../shared/src/school-year';
import { AwardDecision } from '../entities/award-decision.entity';
import { CampaignResult } from '../entities/campaign-result.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Initiative } from '../entities/initiative.entity';
import {
  AWARD_KIND_NAMES,
  AwardKind,
  IssuerLevel,
  RecipientType,
  RecordStatus,
} from '../entities/record-enums';
import { CityStats, DistrictFigures } from '../entities/stats.types';
import { Training } from '../entities/training.entity';
import { UnitMembership } from '../entities/yearly-records.entity';

type Raw = Record<string, string | number | null>;

/**
 * As reported, a city's figures leave out the rows a fold brought from a predecessor (merged_record,
 * `npm run merge-city`); on today's boundaries they count them. `column` holds the row's id in `table`.
 */
function ownRowsOnly(boundaries: Boundaries, table: string, column: string): string {
  if (boundaries === Boundaries.TODAY) return '1 = 1';
  return ownRowCondition(table, column);
}
const num = (value: string | number | null | undefined) => Number(value ?? 0);

/** Dashboard aggregates computed with GROUP BY in the database, never by fetching rows. */
export class CityStatsService {
  constructor(private readonly db: DataSource) {}

  async stats(schoolYearInput: string, boundaries = Boundaries.AS_REPORTED): Promise<CityStats> {
    const schoolYear = schoolYearArgument(schoolYearInput);
    const [membership, grades, awards, trainings, results] = await Promise.all([
      this.db
        .getRepository(UnitMembership)
        .createQueryBuilder('m')
        .select('COUNT(*)', 'units')
        .addSelect('SUM(m.members)', 'members')
        .where('m.school_year = :schoolYear', { schoolYear })
        .andWhere(ownRowsOnly(boundaries, 'grassroots_union', 'm.unit_id'))
        .getRawOne<Raw>(),
      this.db
        .getRepository(Initiative)
        .createQueryBuilder('i')
        .select('i.grade', 'grade')
        .addSelect('COUNT(*)', 'count')
        .where('i.school_year = :schoolYear', { schoolYear })
        .andWhere(ownRowsOnly(boundaries, 'initiative', 'i.id'))
        .groupBy('i.grade')
        .orderBy('i.grade', 'ASC')
        .getRawMany<Raw>(),
      this.db
        .getRepository(AwardDecision)
        .createQueryBuilder('a')
        .select(['a.kind AS kind', 'a.issuer_level AS issuerLevel', 'a.recipient_type AS recipientType'])
        .addSelect('COUNT(*)', 'decisions')
        .addSelect('SUM(a.recipient_count)', 'recipients')
        .where('a.school_year = :schoolYear AND a.status = :active', {
          schoolYear,
          active: RecordStatus.ACTIVE,
        })
        .andWhere(ownRowsOnly(boundaries, 'award_decision', 'a.id'))
        .groupBy('a.kind')
        .addGroupBy('a.issuer_level')
        .addGroupBy('a.recipient_type')
        .getRawMany<Raw>(),
      this.db
        .getRepository(Training)
        .createQueryBuilder('t')
        .select('COUNT(*)', 'sessions')
        .addSelect('SUM(t.classes)', 'classes')
        .addSelect('SUM(t.attendances)', 'attendances')
        .where('t.school_year = :schoolYear', { schoolYear })
        .andWhere(ownRowsOnly(boundaries, 'training', 't.id'))
        .getRawOne<Raw>(),
      this.db
        .getRepository(CampaignResult)
        .createQueryBuilder('c')
        .where('c.school_year = :schoolYear', { schoolYear })
        .andWhere(ownRowsOnly(boundaries, 'campaign_result', 'c.id'))
        .getCount(),
    ]);
    const byGrade = grades.map((row) => ({
      grade: (row.grade as string | null) ?? null,
      count: num(row.count),
    }));
    return {
      schoolYear,
      grassrootsUnions: num(membership?.units),
      members: num(membership?.members),
      initiatives: byGrade.reduce((sum, row) => sum + row.count, 0),
      initiativesByGrade: byGrade,
      awards: awards
        .map((row) => ({
          kind: row.kind as AwardKind,
          kindName: AWARD_KIND_NAMES[row.kind as AwardKind],
          issuerLevel: row.issuerLevel as IssuerLevel,
          recipientType: row.recipientType as RecipientType,
          decisions: num(row.decisions),
          recipients: num(row.recipients),
        }))
        .sort((a, b) =>
          `${a.kind}${a.issuerLevel}${a.recipientType}`.localeCompare(
            `${b.kind}${b.issuerLevel}${b.recipientType}`,
          ),
        ),
      trainings: {
        sessions: num(trainings?.sessions),
        classes: num(trainings?.classes),
        attendances: num(trainings?.attendances),
      },
      campaignResults: results,
    };
  }

  /** Units, members and initiatives of one school year, district by district (districts as they were). */
  async districtBreakdown(
    schoolYearInput: string,
    boundaries = Boundaries.AS_REPORTED,
  ): Promise<DistrictFigures[]> {
    const schoolYear = schoolYearArgument(schoolYearInput);
    const [membership, initiatives] = await Promise.all([
      this.db
        .getRepository(UnitMembership)
        .createQueryBuilder('m')
        .innerJoin(GrassrootsUnion, 'u', 'u.id = m.unit_id')
        .select('u.district_id', 'districtId')
        .addSelect('COUNT(*)', 'units')
        .addSelect('SUM(m.members)', 'members')
        .where('m.school_year = :schoolYear', { schoolYear })
        .andWhere(ownRowsOnly(boundaries, 'grassroots_union', 'u.id'))
        .groupBy('u.district_id')
        .getRawMany<Raw>(),
      this.db
        .getRepository(Initiative)
        .createQueryBuilder('i')
        .innerJoin(GrassrootsUnion, 'u', 'u.id = i.unit_id')
        .select('u.district_id', 'districtId')
        .addSelect('COUNT(*)', 'count')
        .where('i.school_year = :schoolYear', { schoolYear })
        .andWhere(ownRowsOnly(boundaries, 'initiative', 'i.id'))
        .groupBy('u.district_id')
        .getRawMany<Raw>(),
    ]);
    const initiativesBy = new Map(initiatives.map((row) => [row.districtId, num(row.count)]));
    return membership.map((row) => ({
      district: null,
      districtId: (row.districtId as string | null) ?? null,
      grassrootsUnions: num(row.units),
      members: num(row.members),
      initiatives: initiativesBy.get(row.districtId) ?? 0,
    }));
  }
}
