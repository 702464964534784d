import { DataSource } from 'typeorm';
import { MemberCity } from '../entities/member-city.entity';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import { SchoolPartnership } from '../entities/school-partnership.entity';
import { PartnershipRecord, partnershipRows } from './partnership.service';
import { CityRegistration, registryRow } from './registry.service';

/**
 * Loads the hub's shared records by natural key (the demo loader and imports, not a client
 * mutation): loading the same records twice changes nothing, so nothing is audited.
 */
export class CatalogWriterService {
  constructor(private readonly db: DataSource) {}

  async upsertCities(registrations: CityRegistration[]): Promise<void> {
    await this.db.getRepository(MemberCity).upsert(registrations.map(registryRow), ['code']);
  }

  async upsertSchoolLevels(levels: { code: string; name: string; position: number }[]): Promise<void> {
    await this.db.getRepository(SchoolLevelEntry).upsert(levels, ['code']);
  }

  async upsertPartnerships(records: PartnershipRecord[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.getRepository(SchoolPartnership).upsert(await partnershipRows(manager, records), ['id']);
    });
  }
}
