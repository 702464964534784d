import { DataSource } from 'typeorm';
import { CatalogCampaign, EditionRow, JointCampaign } from '../entities/catalog.entity';
import { MemberCity } from '../entities/member-city.entity';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import { CatalogService } from './catalog.service';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import { SchoolPartnership } from '../entities/school-partnership.entity';
import { PartnershipRecord, partnershipRows } from './partnership.service';
import { CityRegistration, registryRow } from './registry.service';
import { launcherCodeReader } from './national-body-writer.service';

/**
 * Loads the hub's shared records by natural key (the demo loader and imports, not a client
 * mutation): loading the same records twice changes nothing, so nothing is audited.
 */
export class CatalogWriterService {
  constructor(private readonly db: DataSource) {}

  // In a transaction, even one statement: on SQLite that is what waits for the one writer's turn.
  async upsertCities(registrations: CityRegistration[]): Promise<void> {
    await this.db.transaction((manager) =>
      manager.getRepository(MemberCity).upsert(registrations.map(registryRow), ['code']),
    );
  }

  async upsertSchoolLevels(levels: { code: string; name: string; position: number }[]): Promise<void> {
    await this.db.transaction((manager) => manager.getRepository(SchoolLevelEntry).upsert(levels, ['code']));
  }

  async upsertPartnerships(records: PartnershipRecord[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.getRepository(SchoolPartnership).upsert(await partnershipRows(manager, records), ['id']);
    });
  }

  /**
   * The campaign catalog with its editions and the cities that agreed to compare each campaign. A
   * campaign launched by a national body refers to it (`launcherCode`, read from `launchedBy`).
   */
  async upsertCatalog(
    campaigns: Omit<CatalogCampaign, 'searchText' | 'sortKey' | 'launcherCode'>[],
    editions: { campaignCode: string; period: string }[],
    joint: { campaignCode: string; cityCode: string }[],
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const launcherCodeOf = await launcherCodeReader(manager);
      const rows = campaigns.map((campaign) => ({
        ...campaign,
        name: campaign.name.normalize('NFC'),
        launcherCode: launcherCodeOf(campaign.launchedBy),
        searchText: foldForSearch(`${campaign.code} ${campaign.name}`),
        sortKey: vietnameseSortKey(campaign.name),
      }));
      await manager.getRepository(CatalogCampaign).upsert(rows, ['code']);
      const editionRows = editions.map((e) => ({ ...e, periodKind: CatalogService.periodKindOf(e.period) }));
      await manager.getRepository(EditionRow).upsert(editionRows, ['campaignCode', 'period']);
      await manager.getRepository(JointCampaign).upsert(joint, ['campaignCode', 'cityCode']);
    });
  }
}
