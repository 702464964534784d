import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '../../../shared/src/batch';
import { AwardDecision } from '../entities/award-decision.entity';
import { Campaign } from '../entities/campaign.entity';
import { CampaignResult } from '../entities/campaign-result.entity';
import { AgreementReview } from '../entities/coordination-agreement.entity';
import { UnitMembership } from '../entities/yearly-records.entity';
import { membersByParentAndYear } from './parent-period-loaders';

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
    /**
     * Members an organisation's units reported for a school year; key "<organisation id>|<school year>".
     * Units count under the parent they had that year (the dated parent relation), not today's.
     */
    membersByScopeYear: new DataLoader<string, number>(async (keys) =>
      (await membersByParentAndYear(db, keys)).map((members) => members ?? 0),
    ),
  };
}

export type RecordLoaders = ReturnType<typeof createRecordLoaders>;
