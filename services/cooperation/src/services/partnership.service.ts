import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError } from '../../../shared/src/errors';
import type { UnitRef } from '../../../shared/src/identity';
import { keysetPage, PageRequest } from '../../../shared/src/keyset-page';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { MemberCity } from '../entities/member-city.entity';
import { PartnershipStatus, SchoolPartnership } from '../entities/school-partnership.entity';
import { UnregisteredCityError } from '../errors/cooperation-errors';
import { CooperationLoaders } from '../loaders/cooperation-loaders';

export interface PartnershipRecord {
  id?: string;
  unitA: UnitRef;
  unitB: UnitRef;
  movementCode?: string | null;
  startedOn: string;
  status?: PartnershipStatus;
  note?: string | null;
  isDemo?: boolean;
}

/** Checks partnerships against the registry and derives their rows; nothing is written on a refusal. */
export async function partnershipRows(manager: EntityManager, records: PartnershipRecord[]) {
  const cities = new Set(records.flatMap(({ unitA, unitB }) => [unitA.cityCode, unitB.cityCode]));
  const registered = await manager.getRepository(MemberCity).findBy({ code: In([...cities]) });
  for (const code of cities) {
    if (!registered.some((city) => city.code === code)) throw new UnregisteredCityError(code, 'cityCode');
  }
  return records.map((record) => {
    if (record.unitA.cityCode === record.unitB.cityCode && record.unitA.id === record.unitB.id) {
      throw new BadUserInputError('A partnership needs two different units', { argument: 'input.unitB' });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(record.startedOn) || Number.isNaN(Date.parse(record.startedOn))) {
      throw new BadUserInputError('startedOn must be a date written YYYY-MM-DD', {
        argument: 'input.startedOn',
      });
    }
    return Object.assign(new SchoolPartnership(), {
      id: record.id ?? randomUUID(),
      unitACity: record.unitA.cityCode,
      unitAId: record.unitA.id,
      unitBCity: record.unitB.cityCode,
      unitBId: record.unitB.id,
      movementCode: record.movementCode ?? null,
      startedOn: record.startedOn,
      status: record.status ?? PartnershipStatus.ACTIVE,
      note: record.note?.trim().normalize('NFC') || null,
      isDemo: record.isDemo ?? false,
      sortKey: record.startedOn,
    });
  });
}

/** School partnerships (twinning), possibly across cities; the units themselves live in the cities. */
export class PartnershipService {
  constructor(
    private readonly db: DataSource,
    private readonly loaders: CooperationLoaders,
    private readonly audit: AuditTrail<AuditEntry>,
  ) {}

  byId(id: string): Promise<SchoolPartnership | null> {
    return this.loaders.partnershipById.load(id);
  }

  unitA(partnership: SchoolPartnership): UnitRef {
    return { cityCode: partnership.unitACity, id: partnership.unitAId };
  }

  unitB(partnership: SchoolPartnership): UnitRef {
    return { cityCode: partnership.unitBCity, id: partnership.unitBId };
  }

  /** Ordered by start date, then id (the sort key is the start date). */
  async list(cityCode: string | null | undefined, page: PageRequest) {
    const query = this.db.getRepository(SchoolPartnership).createQueryBuilder('p');
    if (cityCode) query.where('(p.unit_a_city = :cityCode OR p.unit_b_city = :cityCode)', { cityCode });
    const connection = await keysetPage(query, page);
    for (const { node } of connection.edges) this.loaders.partnershipById.prime(node.id, node);
    return connection;
  }

  /** Records a new partnership, audited in the same transaction. */
  async record(input: PartnershipRecord): Promise<SchoolPartnership> {
    return this.db.transaction(async (manager) => {
      const [row] = await partnershipRows(manager, [{ ...input, id: undefined, isDemo: false }]);
      await manager.getRepository(SchoolPartnership).insert(row);
      await this.audit.record(manager, {
        operation: 'recordSchoolPartnership',
        recordType: 'SchoolPartnership',
        recordId: row.id,
      });
      return row;
    });
  }
}
