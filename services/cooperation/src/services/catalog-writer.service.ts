import { DataSource, In } from 'typeorm';
import { BadUserInputError } from '../../../shared/src/errors';
import { MemberCity } from '../entities/member-city.entity';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import { PartnershipStatus, SchoolPartnership } from '../entities/school-partnership.entity';
import { UnregisteredCityError } from '../errors/cooperation-errors';

export interface PartnershipRecord {
  id: string;
  unitA: { cityCode: string; id: string };
  unitB: { cityCode: string; id: string };
  movementCode?: string | null;
  startedOn: string;
  status?: PartnershipStatus;
  note?: string | null;
  isDemo?: boolean;
}

/** Loads the hub's shared records by natural key; loading the same records twice changes nothing. */
export class CatalogWriterService {
  constructor(private readonly db: DataSource) {}

  async upsertSchoolLevels(levels: { code: string; name: string; position: number }[]): Promise<void> {
    await this.db.getRepository(SchoolLevelEntry).upsert(levels, ['code']);
  }

  async upsertPartnerships(records: PartnershipRecord[]): Promise<void> {
    const cities = new Set(records.flatMap(({ unitA, unitB }) => [unitA.cityCode, unitB.cityCode]));
    const registered = await this.db.getRepository(MemberCity).findBy({ code: In([...cities]) });
    for (const code of cities) {
      if (!registered.some((city) => city.code === code)) throw new UnregisteredCityError(code, 'cityCode');
    }
    const rows = records.map((record) => {
      if (record.unitA.cityCode === record.unitB.cityCode && record.unitA.id === record.unitB.id) {
        throw new BadUserInputError(`Partnership ${record.id} pairs a unit with itself`, {
          argument: 'unitB',
        });
      }
      return Object.assign(new SchoolPartnership(), {
        id: record.id,
        unitACity: record.unitA.cityCode,
        unitAId: record.unitA.id,
        unitBCity: record.unitB.cityCode,
        unitBId: record.unitB.id,
        movementCode: record.movementCode ?? null,
        startedOn: record.startedOn,
        status: record.status ?? PartnershipStatus.ACTIVE,
        note: record.note ?? null,
        isDemo: record.isDemo ?? false,
        sortKey: record.startedOn,
      });
    });
    await this.db.getRepository(SchoolPartnership).upsert(rows, ['id']);
  }
}
