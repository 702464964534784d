import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { assertIsoDate } from '../../../shared/src/dates';
import { requireThat } from '../../../shared/src/authorization';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError, NotFoundError } from '../../../shared/src/errors';
import type { Identity } from '../../../shared/src/identity';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { CatalogCampaign } from '../entities/catalog.entity';
import { MemberCity } from '../entities/member-city.entity';
import {
  DelegationMember,
  ExchangeProgramme,
  FollowUpAction,
  FollowUpStatus,
  ProgrammeKind,
  ProgrammeStatus,
  ProgrammeVisit,
} from '../entities/programme.entity';
import { UnregisteredCityError } from '../errors/cooperation-errors';
import type { CityReferenceCheck } from './city-references';
import { followUpOwnerReferences, unitReference } from './record-references';

export interface ProgrammeInput {
  title: string;
  kind: ProgrammeKind;
  hostCity: string;
  cityCodes: string[];
  startsOn: string;
  endsOn: string;
  place?: string | null;
  agendaCampaigns?: string[] | null;
}

export interface MemberInput {
  cityCode: string;
  fullName: string;
  position: string;
  coChair?: boolean | null;
  leaderId?: string | null;
}

export interface FollowUpInput {
  action: string;
  ownerCity: string;
  ownerOrganisationId?: string | null;
  ownerUnitId?: string | null;
  dueOn: string;
}

/** Planning and recording exchange programmes, for officers of the participating cities. */
export class ProgrammeService {
  constructor(
    private readonly db: DataSource,
    private readonly identity: Identity,
    private readonly audit: AuditTrail<AuditEntry>,
    private readonly references: CityReferenceCheck,
  ) {}

  async create(input: ProgrammeInput): Promise<ExchangeProgramme> {
    assertIsoDate(input.startsOn, 'input.startsOn');
    assertIsoDate(input.endsOn, 'input.endsOn');
    if (input.endsOn < input.startsOn)
      throw new BadUserInputError('endsOn is before startsOn', { argument: 'input.endsOn' });
    const cities = [...new Set([input.hostCity, ...input.cityCodes])];
    await this.mustBeRegistered(cities);
    requireThat(this.isOfficerOf(cities), this.identity, 'officers of a participating city');
    const agenda = input.agendaCampaigns ?? [];
    const known = await this.db.getRepository(CatalogCampaign).findBy({ code: In(agenda) });
    const unknown = agenda.find((code) => !known.some((campaign) => campaign.code === code));
    if (unknown)
      throw new BadUserInputError(`${unknown} is not in the campaign catalog`, {
        argument: 'input.agendaCampaigns',
      });
    const id = randomUUID();
    await this.db.transaction(async (manager) => {
      await manager.getRepository(ExchangeProgramme).insert({
        id,
        title: input.title.trim().normalize('NFC'),
        kind: input.kind,
        hostCity: input.hostCity,
        cityCodes: cities,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        place: input.place?.trim().normalize('NFC') || null,
        status: ProgrammeStatus.PLANNED,
        agendaCampaigns: agenda,
        outcomes: [],
        isDemo: false,
      });
      await this.audit.record(manager, {
        operation: 'createExchangeProgramme',
        recordType: 'ExchangeProgramme',
        recordId: id,
      });
    });
    return (await this.db.getRepository(ExchangeProgramme).findOneBy({ id }))!;
  }

  async addMember(programmeId: string, input: MemberInput): Promise<DelegationMember> {
    const programme = await this.participating(programmeId, input.cityCode);
    requireThat(this.isOfficerOf([input.cityCode]), this.identity, `officers of ${input.cityCode}`);
    const member = {
      id: randomUUID(),
      programmeId: programme.id,
      cityCode: input.cityCode,
      fullName: input.fullName.trim().normalize('NFC'),
      position: input.position.trim().normalize('NFC'),
      coChair: input.coChair ?? false,
      leaderId: input.leaderId ?? null,
      organisationId: null,
    };
    if (member.leaderId) {
      await this.references.assertExist([
        { kind: 'Leader', cityCode: member.cityCode, id: member.leaderId, argument: 'input.leaderId' },
      ]);
    }
    await this.db.transaction(async (manager) => {
      await manager.getRepository(DelegationMember).insert(member);
      await this.audit.record(manager, {
        operation: 'addDelegationMember',
        recordType: 'DelegationMember',
        recordId: member.id,
      });
    });
    return this.db.getRepository(DelegationMember).findOneByOrFail({ id: member.id });
  }

  async record(
    programmeId: string,
    status: ProgrammeStatus,
    outcomes: string[] | null | undefined,
    followUps: FollowUpInput[],
    visited: { cityCode: string; id: string }[] = [],
  ) {
    const programme = await this.db.getRepository(ExchangeProgramme).findOneBy({ id: programmeId });
    if (!programme)
      throw new NotFoundError(`There is no exchange programme ${programmeId}`, { argument: 'programmeId' });
    requireThat(this.isOfficerOf(programme.cityCodes), this.identity, 'officers of a participating city');
    for (const action of followUps) {
      assertIsoDate(action.dueOn, 'followUps.dueOn');
      if (!programme.cityCodes.includes(action.ownerCity)) {
        throw new BadUserInputError(`${action.ownerCity} does not take part in this programme`, {
          argument: 'followUps.ownerCity',
        });
      }
    }
    for (const unit of visited) {
      if (!programme.cityCodes.includes(unit.cityCode)) {
        throw new BadUserInputError(`${unit.cityCode} does not take part in this programme`, {
          argument: 'visitedUnits',
        });
      }
    }
    await this.references.assertExist([
      ...visited.map((unit) => unitReference(unit, 'visitedUnits')),
      ...followUps.flatMap(followUpOwnerReferences),
    ]);
    await this.db.transaction(async (manager) => {
      await manager
        .getRepository(ExchangeProgramme)
        .update({ id: programmeId }, { status, outcomes: outcomes ?? programme.outcomes });
      const visits = visited.map((unit) => ({ programmeId, cityCode: unit.cityCode, unitId: unit.id }));
      if (visits.length)
        await manager.getRepository(ProgrammeVisit).upsert(visits, ['programmeId', 'cityCode', 'unitId']);
      const rows = followUps.map((action) => ({
        id: randomUUID(),
        programmeId,
        action: action.action.trim().normalize('NFC'),
        ownerCity: action.ownerCity,
        ownerOrganisationId: action.ownerOrganisationId ?? null,
        ownerUnitId: action.ownerUnitId ?? null,
        dueOn: action.dueOn,
        status: FollowUpStatus.OPEN,
      }));
      if (rows.length) await manager.getRepository(FollowUpAction).insert(rows);
      await this.audit.record(manager, {
        operation: 'recordExchangeProgramme',
        recordType: 'ExchangeProgramme',
        recordId: programmeId,
      });
    });
    return (await this.db.getRepository(ExchangeProgramme).findOneBy({ id: programmeId }))!;
  }

  /** Marks a follow-up done or dropped (officers of the owner's city). */
  async setFollowUpStatus(id: string, status: FollowUpStatus): Promise<FollowUpAction> {
    const action = await this.db.getRepository(FollowUpAction).findOneBy({ id });
    if (!action) throw new NotFoundError(`There is no follow-up action ${id}`, { argument: 'id' });
    requireThat(this.isOfficerOf([action.ownerCity]), this.identity, `officers of ${action.ownerCity}`);
    await this.db.transaction(async (manager) => {
      await manager.getRepository(FollowUpAction).update({ id }, { status });
      await this.audit.record(manager, {
        operation: 'setFollowUpStatus',
        recordType: 'FollowUpAction',
        recordId: id,
      });
    });
    return this.db.getRepository(FollowUpAction).findOneByOrFail({ id });
  }

  private async participating(programmeId: string, cityCode: string): Promise<ExchangeProgramme> {
    const programme = await this.db.getRepository(ExchangeProgramme).findOneBy({ id: programmeId });
    if (!programme)
      throw new NotFoundError(`There is no exchange programme ${programmeId}`, { argument: 'programmeId' });
    if (!programme.cityCodes.includes(cityCode)) {
      throw new BadUserInputError(`${cityCode} does not take part in this programme`, {
        argument: 'input.cityCode',
      });
    }
    return programme;
  }

  private isOfficerOf(cities: string[]): boolean {
    return this.identity.role === 'city-officer' && cities.includes(this.identity.cityCode ?? '');
  }

  private async mustBeRegistered(cities: string[]) {
    const registered = await this.db.getRepository(MemberCity).findBy({ code: In(cities) });
    const missing = cities.find((code) => !registered.some((city) => city.code === code));
    if (missing) throw new UnregisteredCityError(missing, 'input.cityCodes');
  }
}
