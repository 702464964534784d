import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '../../../shared/src/batch';
import { AwardDecision } from '../entities/award-decision.entity';
import { Campaign } from '../entities/campaign.entity';
import { CampaignResult } from '../entities/campaign-result.entity';
import { AgreementReview } from '../entities/coordination-agreement.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { UnitMembership } from '../entities/yearly-records.entity';

/** Per-request loaders for the union records; each batch is one statement, answered in key order. */
export function createRecordLoaders(db: DataSource, cityCode: string) {
  const tag = <T extends { cityCode: string }>(rows: T[]) =>
    rows.map((row) => Object.assign(row, { cityCode }));
  return {
    campaignByCode: new DataLoader<string, Campaign | null>(async (codes) =>
      inKeyOrder(
        codes,
        tag(await db.getRepository(Campaign).findBy({ code: In([...codes]) })),
        (row) => row.code,
      ),
    ),
    campaignResultById: new DataLoader<string, CampaignResult | null>(async (ids) =>
      inKeyOrder(
        ids,
        tag(await db.getRepository(CampaignResult).findBy({ id: In([...ids]) })),
        (row) => row.id,
      ),
    ),
    awardById: new DataLoader<string, AwardDecision | null>(async (ids) =>
      inKeyOrder(
        ids,
        tag(await db.getRepository(AwardDecision).findBy({ id: In([...ids]) })),
        (row) => row.id,
      ),
    ),
    reviewsByAgreementId: new DataLoader<string, AgreementReview[]>(async (ids) =>
      groupedInKeyOrder(
        ids,
        await db
          .getRepository(AgreementReview)
          .find({ where: { agreementId: In([...ids]) }, order: { reviewedOn: 'ASC' } }),
        (row) => row.agreementId,
      ),
    ),
    membershipByUnitId: new DataLoader<string, UnitMembership[]>(async (unitIds) =>
      groupedInKeyOrder(
        unitIds,
        await db
          .getRepository(UnitMembership)
          .find({ where: { unitId: In([...unitIds]) }, order: { schoolYear: 'ASC' } }),
        (row) => row.unitId,
      ),
    ),
    /** Members an organisation's units reported for a school year; key "<organisation id>|<school year>". */
    membersByScopeYear: new DataLoader<string, number>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const rows: { scope: string; year: string; members: string | number }[] = await db
        .getRepository(UnitMembership)
        .createQueryBuilder('m')
        .innerJoin(GrassrootsUnion, 'u', 'u.id = m.unit_id')
        .select('u.managed_by_id', 'scope')
        .addSelect('m.school_year', 'year')
        .addSelect('SUM(m.members)', 'members')
        .where('u.managed_by_id IN (:...scopes)', { scopes: [...new Set(pairs.map(([scope]) => scope))] })
        .andWhere('m.school_year IN (:...years)', { years: [...new Set(pairs.map(([, year]) => year))] })
        .groupBy('u.managed_by_id')
        .addGroupBy('m.school_year')
        .getRawMany();
      const found = inKeyOrder(keys, rows, (row) => `${row.scope}|${row.year}`);
      return found.map((row) => Number(row?.members ?? 0));
    }),
  };
}

export type RecordLoaders = ReturnType<typeof createRecordLoaders>;
