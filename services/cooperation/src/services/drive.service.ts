import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { requireThat } from '../../../shared/src/authorization';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError } from '../../../shared/src/errors';
import type { Identity } from '../../../shared/src/identity';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { DriveParty, DriveStatus, PartyRole, ScholarshipDrive } from '../entities/drive.entity';
import { Disbursement, Nomination } from '../entities/drive-money.entity';
import { MemberCity } from '../entities/member-city.entity';
import { UnregisteredCityError } from '../errors/cooperation-errors';
import type { CityReferenceCheck } from './city-references';
import { partyReference } from './record-references';
import { isOrganiser } from './drive-access';
import { assertPositiveVnd, assertStatus, assertTransition, lockedDrive } from './drive-rules';

export interface PartyInput {
  cityCode: string;
  /** A city's education union (organisation id) … */
  organisationId?: string | null;
  /** … or one of its grassroots unions. */
  unitId?: string | null;
}

export interface DriveInput {
  title: string;
  purpose?: string | null;
  criteria: string;
  scholarships: number;
  amountEach: number;
  opensOn?: string | null;
  closesOn?: string | null;
  exchangeProgrammeId?: string | null;
  organisers: PartyInput[];
  coSponsors?: PartyInput[] | null;
  beneficiaries: PartyInput[];
}

/** Drives and their status workflow; each change audited in its transaction. */
export class DriveService {
  constructor(
    private readonly db: DataSource,
    private readonly identity: Identity,
    private readonly audit: AuditTrail<AuditEntry>,
    private readonly references: CityReferenceCheck,
  ) {}

  async create(input: DriveInput): Promise<ScholarshipDrive> {
    if (!Number.isInteger(input.scholarships) || input.scholarships <= 0) {
      throw new BadUserInputError('scholarships must be a positive whole number', {
        argument: 'input.scholarships',
      });
    }
    assertPositiveVnd(input.amountEach, 'input.amountEach');
    if (input.opensOn && input.closesOn && input.closesOn < input.opensOn) {
      throw new BadUserInputError('closesOn is before opensOn', { argument: 'input.closesOn' });
    }
    if (!input.organisers.length || !input.beneficiaries.length) {
      throw new BadUserInputError('A drive needs at least one organiser and one beneficiary unit', {
        argument: 'input',
      });
    }
    const id = randomUUID();
    const parties = [
      ...input.organisers.map((party) => this.party(id, PartyRole.ORGANISER, party)),
      ...(input.coSponsors ?? []).map((party) => this.party(id, PartyRole.CO_SPONSOR, party)),
      ...input.beneficiaries.map((party) => this.party(id, PartyRole.BENEFICIARY, party)),
    ];
    requireThat(isOrganiser(this.identity, parties), this.identity, 'an officer of an organiser');
    const cities = [...new Set(parties.map((party) => party.cityCode))];
    const registered = await this.db.getRepository(MemberCity).findBy({ code: In(cities) });
    const missing = cities.find((code) => !registered.some((city) => city.code === code));
    if (missing) throw new UnregisteredCityError(missing, 'cityCode');
    await this.references.assertExist(parties.map(partyReference));
    await this.db.transaction(async (manager) => {
      await manager.getRepository(ScholarshipDrive).insert({
        id,
        title: input.title.trim().normalize('NFC'),
        purpose: input.purpose?.trim().normalize('NFC') || null,
        criteria: input.criteria.trim().normalize('NFC'),
        scholarships: input.scholarships,
        amountEach: input.amountEach,
        status: DriveStatus.DRAFT,
        opensOn: input.opensOn ?? null,
        closesOn: input.closesOn ?? null,
        exchangeProgrammeId: input.exchangeProgrammeId ?? null,
        version: 1,
        isDemo: false,
      });
      await manager.getRepository(DriveParty).insert(parties);
      await this.audit.record(manager, {
        operation: 'createScholarshipDrive',
        recordType: 'ScholarshipDrive',
        recordId: id,
      });
    });
    return this.db.getRepository(ScholarshipDrive).findOneByOrFail({ id });
  }

  /** Moves a drive to its next status; only an organiser may, and only along the workflow. */
  async transition(driveId: string, to: DriveStatus): Promise<ScholarshipDrive> {
    await this.db.transaction(async (manager) => {
      const drive = await lockedDrive(manager, driveId);
      const parties = await manager.getRepository(DriveParty).findBy({ driveId });
      requireThat(isOrganiser(this.identity, parties), this.identity, 'an officer of an organiser');
      assertTransition(drive.status, to);
      await manager
        .getRepository(ScholarshipDrive)
        .update({ id: driveId }, { status: to, version: drive.version + 1 });
      await this.audit.record(manager, {
        operation: `driveTo${to}`,
        recordType: 'ScholarshipDrive',
        recordId: driveId,
      });
    });
    return this.db.getRepository(ScholarshipDrive).findOneByOrFail({ id: driveId });
  }

  /** Erases students' personal data of a closed drive (and who acknowledged payments); initials, counts and money stay. */
  async eraseStudentData(driveId: string, today: string): Promise<ScholarshipDrive> {
    await this.db.transaction(async (manager) => {
      const drive = await lockedDrive(manager, driveId);
      const parties = await manager.getRepository(DriveParty).findBy({ driveId });
      requireThat(isOrganiser(this.identity, parties), this.identity, 'an officer of an organiser');
      assertStatus(drive.status, [DriveStatus.CLOSED, DriveStatus.CANCELLED], 'Erasing students’ data');
      const erased = {
        studentName: null,
        birthYear: null,
        schoolName: null,
        gradeLabel: null,
        circumstances: null,
      };
      await manager
        .getRepository(Nomination)
        .update({ driveId }, { ...erased, achievements: null, guardianName: null });
      // Who acknowledged a payment is the student or a guardian: theirs too.
      await manager.getRepository(Disbursement).update({ driveId }, { acknowledgedBy: null });
      await manager.getRepository(ScholarshipDrive).update({ id: driveId }, { personalDataErasedOn: today });
      await this.audit.record(manager, {
        operation: 'eraseStudentData',
        recordType: 'ScholarshipDrive',
        recordId: driveId,
      });
    });
    return this.db.getRepository(ScholarshipDrive).findOneByOrFail({ id: driveId });
  }

  private party(driveId: string, role: PartyRole, input: PartyInput): DriveParty {
    if (!input.organisationId === !input.unitId) {
      throw new BadUserInputError(
        'A party is either an organisationId (a city union) or a unitId, not both',
        {
          argument: 'input.organisers',
        },
      );
    }
    return Object.assign(new DriveParty(), {
      id: randomUUID(),
      driveId,
      role,
      cityCode: input.cityCode,
      organisationId: input.organisationId ?? null,
      unitId: input.unitId ?? null,
    });
  }
}
