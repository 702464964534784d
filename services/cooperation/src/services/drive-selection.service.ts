import { randomUUID } from 'node:crypto';
import { DataSource, Not } from 'typeorm';
import { assertIsoDate } from '../../../shared/src/dates';
import { requireThat } from '../../../shared/src/authorization';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/src/errors';
import type { Identity } from '../../../shared/src/identity';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { DriveStatus, PartyRole } from '../entities/drive.entity';
import {
  ConsentMethod,
  Disbursement,
  DisbursementMethod,
  Nomination,
  NominationStatus,
  ScholarshipAward,
} from '../entities/drive-money.entity';
import { actsFor, initialsOf, isOrganiser } from './drive-access';
import { assertPositiveVnd, assertStatus, driveStep, sum } from './drive-rules';
import { keyColumns, replayOf } from './idempotency';

export interface StudentInput {
  fullName: string;
  birthYear: number;
  schoolName: string;
  gradeLabel: string;
  circumstances: string;
  achievements: string;
  guardianName: string;
  guardianConsentOn: string;
  guardianConsentMethod: ConsentMethod;
}

/**
 * Students and scholarships of a drive: nominations (with the guardian's consent: who, when, how), selection up to
 * the number of scholarships, awards covered by the money received, disbursements up to the award.
 * Each step runs under the drive's row lock (see driveStep) and re-checks its invariants there.
 */
export class DriveSelectionService {
  constructor(
    private readonly db: DataSource,
    private readonly identity: Identity,
    private readonly audit: AuditTrail<AuditEntry>,
  ) {}

  /** A beneficiary unit nominates a student; the guardian's consent is part of the nomination. */
  async nominate(driveId: string, beneficiaryPartyId: string, student: StudentInput) {
    return driveStep(this.db, driveId, async (manager, parties, drive) => {
      const unit = parties.find((p) => p.id === beneficiaryPartyId && p.role === PartyRole.BENEFICIARY);
      if (!unit)
        throw new BadUserInputError('The unit is not a beneficiary of this drive', {
          argument: 'beneficiaryPartyId',
        });
      requireThat(actsFor(this.identity, unit), this.identity, 'an officer of the beneficiary unit');
      assertStatus(drive.status, [DriveStatus.OPEN, DriveStatus.SELECTING], 'Nominating');
      const id = randomUUID();
      const nfc = (text: string) => text.trim().normalize('NFC');
      await manager.getRepository(Nomination).insert({
        id,
        driveId,
        beneficiaryPartyId,
        studentName: nfc(student.fullName),
        initials: initialsOf(student.fullName),
        birthYear: student.birthYear,
        schoolName: nfc(student.schoolName),
        gradeLabel: nfc(student.gradeLabel),
        circumstances: nfc(student.circumstances),
        achievements: nfc(student.achievements),
        guardianName: nfc(student.guardianName),
        guardianConsentOn: student.guardianConsentOn,
        guardianConsentMethod: student.guardianConsentMethod,
        status: NominationStatus.NOMINATED,
        isDemo: false,
      });
      await this.audit.record(manager, {
        operation: 'nominateStudent',
        recordType: 'Nomination',
        recordId: id,
      });
      return manager.getRepository(Nomination).findOneByOrFail({ id });
    });
  }

  /** Organisers approve up to the number of scholarships, or reject. */
  async decide(nominationId: string, approve: boolean) {
    const found = await this.db.getRepository(Nomination).findOneBy({ id: nominationId });
    if (!found)
      throw new NotFoundError(`There is no nomination ${nominationId}`, { argument: 'nominationId' });
    return driveStep(this.db, found.driveId, async (manager, parties, drive) => {
      requireThat(isOrganiser(this.identity, parties), this.identity, 'an officer of an organiser');
      assertStatus(drive.status, [DriveStatus.SELECTING], 'Selecting');
      // Rejecting an awarded student would leave the award and its payments without an approval.
      if (await manager.getRepository(ScholarshipAward).existsBy({ nominationId })) {
        throw new ConflictError('This student was already awarded the scholarship; the decision stands', {
          argument: 'nominationId',
        });
      }
      if (approve) {
        const approved = await manager
          .getRepository(Nomination)
          .countBy({ driveId: drive.id, status: NominationStatus.APPROVED, id: Not(nominationId) });
        if (approved >= drive.scholarships) {
          throw new ConflictError(`All ${drive.scholarships} scholarships already have an approved student`);
        }
      }
      const status = approve ? NominationStatus.APPROVED : NominationStatus.REJECTED;
      await manager.getRepository(Nomination).update({ id: nominationId }, { status });
      await this.audit.record(manager, {
        operation: approve ? 'approveNomination' : 'rejectNomination',
        recordType: 'Nomination',
        recordId: nominationId,
      });
      return manager.getRepository(Nomination).findOneByOrFail({ id: nominationId });
    });
  }

  /** Awards the scholarship amount to an approved student, if the money received covers it. */
  async award(nominationId: string, awardedOn: string) {
    assertIsoDate(awardedOn, 'awardedOn');
    const found = await this.db.getRepository(Nomination).findOneBy({ id: nominationId });
    if (!found)
      throw new NotFoundError(`There is no nomination ${nominationId}`, { argument: 'nominationId' });
    return driveStep(this.db, found.driveId, async (manager, parties, drive) => {
      requireThat(isOrganiser(this.identity, parties), this.identity, 'an officer of an organiser');
      assertStatus(drive.status, [DriveStatus.SELECTING], 'Awarding');
      // Read again under the lock: a decision may have changed it since the read above.
      const nomination = await manager.getRepository(Nomination).findOneByOrFail({ id: nominationId });
      if (nomination.status !== NominationStatus.APPROVED)
        throw new ConflictError('Only an approved nomination can be awarded');
      if (await manager.getRepository(ScholarshipAward).existsBy({ nominationId })) {
        throw new ConflictError('This student already has this drive’s scholarship');
      }
      const awards = await manager.getRepository(ScholarshipAward).countBy({ driveId: drive.id });
      if (awards >= drive.scholarships)
        throw new ConflictError(`All ${drive.scholarships} scholarships are awarded`);
      const received = await sum(manager, 'pledge', 'received_amount', 't.drive_id = :id', { id: drive.id });
      const awarded = await sum(manager, 'scholarship_award', 'amount', 't.drive_id = :id', { id: drive.id });
      if (awarded + drive.amountEach > received) {
        throw new ConflictError(
          `Not enough money received: ${received} VND received, ${awarded} VND already awarded`,
        );
      }
      const id = randomUUID();
      await manager
        .getRepository(ScholarshipAward)
        .insert({ id, driveId: drive.id, nominationId, amount: drive.amountEach, awardedOn });
      await this.audit.record(manager, {
        operation: 'awardScholarship',
        recordType: 'ScholarshipAward',
        recordId: id,
      });
      return manager.getRepository(ScholarshipAward).findOneByOrFail({ id });
    });
  }

  /** Pays (part of) an award; never more than awarded; idempotent by the organiser's own key. */
  async disburse(
    awardId: string,
    amount: number,
    paidOn: string,
    method: DisbursementMethod,
    acknowledgedBy: string | null,
    key?: string | null,
  ) {
    assertPositiveVnd(amount, 'amount');
    assertIsoDate(paidOn, 'paidOn');
    const award = await this.db.getRepository(ScholarshipAward).findOneBy({ id: awardId });
    if (!award) throw new NotFoundError(`There is no scholarship award ${awardId}`, { argument: 'awardId' });
    const acknowledged = acknowledgedBy?.trim() || null;
    return driveStep(this.db, award.driveId, async (manager, parties, drive) => {
      requireThat(isOrganiser(this.identity, parties), this.identity, 'an officer of an organiser');
      const earlier = await replayOf(
        manager,
        Disbursement,
        this.identity.subject,
        key,
        (d) =>
          d.awardId === awardId &&
          d.amount === amount &&
          d.paidOn === paidOn &&
          d.method === method &&
          // once students' data is erased the stored name is gone; the rest still identifies the request
          (drive.personalDataErasedOn !== null || d.acknowledgedBy === acknowledged),
        'disbursement',
      );
      if (earlier) return earlier;
      assertStatus(drive.status, [DriveStatus.SELECTING, DriveStatus.AWARDED], 'Disbursing');
      const paid = await sum(manager, 'disbursement', 'amount', 't.award_id = :id', { id: awardId });
      if (paid + amount > award.amount) {
        throw new BadUserInputError(`Only ${award.amount - paid} VND of this scholarship is still to pay`, {
          argument: 'amount',
        });
      }
      const id = randomUUID();
      await manager.getRepository(Disbursement).insert({
        id,
        driveId: drive.id,
        awardId,
        amount,
        paidOn,
        method,
        acknowledgedBy: acknowledged,
        ...keyColumns(this.identity.subject, key),
      });
      await this.audit.record(manager, { operation: 'disburse', recordType: 'Disbursement', recordId: id });
      return manager.getRepository(Disbursement).findOneByOrFail({ id });
    });
  }
}
