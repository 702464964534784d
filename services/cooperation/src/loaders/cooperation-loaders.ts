import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '../../../shared/src/batch';
import { CatalogCampaign, EditionRow, JointCampaign } from '../entities/catalog.entity';
import { DriveParty } from '../entities/drive.entity';
import { Nomination } from '../entities/drive-money.entity';
import { MemberCity } from '../entities/member-city.entity';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import { SchoolPartnership } from '../entities/school-partnership.entity';

/** Per-request loaders of the cooperation subgraph; every batch answers in key order. */
export function createCooperationLoaders(db: DataSource) {
  return {
    cityByCode: new DataLoader<string, MemberCity | null>(async (codes) =>
      inKeyOrder(
        codes,
        await db.getRepository(MemberCity).findBy({ code: In([...codes]) }),
        (row) => row.code,
      ),
    ),
    schoolLevelByCode: new DataLoader<string, SchoolLevelEntry | null>(async (codes) =>
      inKeyOrder(
        codes,
        await db.getRepository(SchoolLevelEntry).findBy({ code: In([...codes]) }),
        (row) => row.code,
      ),
    ),
    campaignByCode: new DataLoader<string, CatalogCampaign | null>(async (codes) =>
      inKeyOrder(
        codes,
        await db.getRepository(CatalogCampaign).findBy({ code: In([...codes]) }),
        (row) => row.code,
      ),
    ),
    editionsByCampaign: new DataLoader<string, EditionRow[]>(async (codes) =>
      groupedInKeyOrder(
        codes,
        await db
          .getRepository(EditionRow)
          .find({ where: { campaignCode: In([...codes]) }, order: { period: 'ASC' } }),
        (row) => row.campaignCode,
      ),
    ),
    jointCitiesByCampaign: new DataLoader<string, JointCampaign[]>(async (codes) =>
      groupedInKeyOrder(
        codes,
        await db
          .getRepository(JointCampaign)
          .find({ where: { campaignCode: In([...codes]) }, order: { cityCode: 'ASC' } }),
        (row) => row.campaignCode,
      ),
    ),
    partnershipById: new DataLoader<string, SchoolPartnership | null>(async (ids) =>
      inKeyOrder(
        ids,
        await db.getRepository(SchoolPartnership).findBy({ id: In([...ids]) }),
        (row) => row.id,
      ),
    ),
    /** A pledge's sponsor, a nomination's beneficiary unit: one statement for a whole page of them. */
    drivePartyById: new DataLoader<string, DriveParty | null>(async (ids) =>
      inKeyOrder(ids, await db.getRepository(DriveParty).findBy({ id: In([...ids]) }), (row) => row.id),
    ),
    /** The nomination a scholarship went to; its student data stays behind Nomination.student. */
    nominationById: new DataLoader<string, Nomination | null>(async (ids) =>
      inKeyOrder(ids, await db.getRepository(Nomination).findBy({ id: In([...ids]) }), (row) => row.id),
    ),
  };
}

export type CooperationLoaders = ReturnType<typeof createCooperationLoaders>;
