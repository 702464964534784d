import { DataSource, In } from 'typeorm';
import { CampaignResult } from '../entities/campaign-result.entity';
import { MergedRecord } from '../entities/city-merge.entity';
import { EditionCityResult } from '../entities/comparison.types';
import { OrganisationKind } from '../entities/enums';
import { Organisation } from '../entities/organisation.entity';
import { membersByParentAndYear } from '../loaders/parent-period-loaders';
import { editionCityResult, schoolYearOf } from './edition-figures.service';

interface FoldedUnion {
  unionId: string;
  cityCode: string;
}

/**
 * The city-wide reports of the provinces folded into this city (`npm run merge-city`, e.g. the former
 * Hải Dương in Hải Phòng), each under the code it reported as. They are history this city now holds,
 * never part of its own city-wide result: the hub adds them to it only when a comparison is asked on
 * today's boundaries (docs/reorganisation.md).
 */
export class PredecessorFiguresService {
  private unions?: Promise<FoldedUnion[]>;

  constructor(private readonly db: DataSource) {}

  /** Only the predecessors that reported for the edition: there is nothing of theirs to add otherwise. */
  async results(campaignCode: string, period: string): Promise<EditionCityResult[]> {
    const unions = await this.foldedUnions();
    if (!unions.length) return [];
    const schoolYear = schoolYearOf(period);
    const rows = await this.db.getRepository(CampaignResult).findBy({
      reportedById: In(unions.map(({ unionId }) => unionId)),
      campaignCode,
      schoolYear,
    });
    const reported = unions.flatMap((union) => {
      const row = rows.find(({ reportedById }) => reportedById === union.unionId);
      return row ? [{ union, row }] : [];
    });
    if (!reported.length) return [];
    const members = await membersByParentAndYear(
      this.db,
      reported.map(({ union }) => `${union.unionId}|${schoolYear}`),
    );
    return reported.map(({ union, row }, index) => editionCityResult(union.cityCode, row, members[index]));
  }

  /** The education unions that came with a fold, one statement per request. */
  private foldedUnions(): Promise<FoldedUnion[]> {
    this.unions ??= this.db
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .innerJoin(MergedRecord, 'r', 'r.tableName = :table AND r.recordId = o.id', { table: 'organisation' })
      .select('o.id', 'unionId')
      .addSelect('r.originCityCode', 'cityCode')
      .where('o.kind = :kind', { kind: OrganisationKind.EDUCATION_UNION })
      .orderBy('r.originCityCode', 'ASC')
      .getRawMany<FoldedUnion>();
    return this.unions;
  }
}
