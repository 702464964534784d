import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { assertIsoDate } from '../../../shared/src/dates';
import { requireThat } from '../../../shared/src/authorization';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError, NotFoundError } from '../../../shared/src/errors';
import type { Identity } from '../../../shared/src/identity';
import { PartnershipActivity } from '../entities/programme.entity';
import { isPartyToUnits } from './cooperation-access';
import type { UnitRef } from '../../../shared/src/identity';
import { keysetPage, PageRequest } from '../../../shared/src/keyset-page';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { MemberCity } from '../entities/member-city.entity';
import { PartnershipStatus, SchoolPartnership } from '../entities/school-partnership.entity';
import { UnregisteredCityError } from '../errors/cooperation-errors';
import { CooperationLoaders } from '../loaders/cooperation-loaders';
import type { CityReferenceCheck } from './city-references';
import { unitReference } from './record-references';

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
    assertIsoDate(record.startedOn, 'input.startedOn', 'startedOn');
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
    private readonly references: CityReferenceCheck,
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
    // Registration first (a clearer refusal, and no question to the gateway for an unknown city).
    await partnershipRows(this.db.manager, [{ ...input, id: undefined, isDemo: false }]);
    await this.references.assertExist([
      unitReference(input.unitA, 'input.unitA'),
      unitReference(input.unitB, 'input.unitB'),
    ]);
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

  /** A unit's partnerships, in either position. */
  async ofUnit(cityCode: string, unitId: string): Promise<SchoolPartnership[]> {
    return this.db
      .getRepository(SchoolPartnership)
      .createQueryBuilder('p')
      .where(
        '(p.unit_a_city = :cityCode AND p.unit_a_id = :unitId) OR (p.unit_b_city = :cityCode AND p.unit_b_id = :unitId)',
        { cityCode, unitId },
      )
      .orderBy('p.sortKey', 'ASC')
      .getMany();
  }

  /** The log of joint activities, oldest first. */
  activities(partnershipId: string): Promise<PartnershipActivity[]> {
    return this.loaders.activitiesByPartnership.load(partnershipId);
  }

  /** Logs a joint activity; officers of either unit or of either unit's city may. */
  async recordActivity(
    identity: Identity,
    partnershipId: string,
    input: { heldOn: string; kind: string; participants: number; note?: string | null },
  ) {
    const partnership = await this.byId(partnershipId);
    if (!partnership)
      throw new NotFoundError(`There is no partnership ${partnershipId}`, { argument: 'partnershipId' });
    requireThat(
      isPartyToUnits(identity, [this.unitA(partnership), this.unitB(partnership)]),
      identity,
      'officers of a partner unit or its city',
    );
    assertIsoDate(input.heldOn, 'input.heldOn');
    if (!Number.isInteger(input.participants) || input.participants < 0) {
      throw new BadUserInputError('participants must be a whole number, 0 or more', {
        argument: 'input.participants',
      });
    }
    const activity = {
      id: randomUUID(),
      partnershipId,
      heldOn: input.heldOn,
      kind: input.kind.trim().normalize('NFC'),
      participants: input.participants,
      note: input.note?.trim().normalize('NFC') || null,
    };
    await this.db.transaction(async (manager) => {
      await manager.getRepository(PartnershipActivity).insert(activity);
      await this.audit.record(manager, {
        operation: 'recordPartnershipActivity',
        recordType: 'PartnershipActivity',
        recordId: activity.id,
      });
    });
    return this.db.getRepository(PartnershipActivity).findOneByOrFail({ id: activity.id });
  }
}
