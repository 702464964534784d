import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertIsoDate } from '../../../shared/src/dates';
import { requireThat } from '../../../shared/src/authorization';
import type { AuditTrail } from '../../../shared/src/audit-trail';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../shared/src/errors';
import type { Identity } from '../../../shared/src/identity';
import type { AuditEntry } from '../entities/audit-entry.entity';
import { DriveStatus, PartyRole } from '../entities/drive.entity';
import { Pledge, PledgeReceipt, PledgeStatus } from '../entities/drive-money.entity';
import { actsFor, isOrganiser } from './drive-access';
import { assertPositiveVnd, assertStatus, driveStep } from './drive-rules';
import { keyColumns, replayOf } from './idempotency';

/**
 * The money coming into a drive: pledges, receipts and withdrawals. Each step runs under the drive's
 * row lock (see driveStep); the same actor retrying with the same idempotency key gets the first
 * result, after the permission check (see idempotency.ts).
 */
export class DriveMoneyService {
  constructor(
    private readonly db: DataSource,
    private readonly identity: Identity,
    private readonly audit: AuditTrail<AuditEntry>,
  ) {}

  async pledge(
    driveId: string,
    sponsorPartyId: string,
    amount: number,
    pledgedOn: string,
    note: string | null,
    key?: string | null,
  ) {
    assertPositiveVnd(amount, 'amount');
    assertIsoDate(pledgedOn, 'pledgedOn');
    return driveStep(this.db, driveId, async (manager, parties, drive) => {
      const sponsor = parties.find((p) => p.id === sponsorPartyId && p.role !== PartyRole.BENEFICIARY);
      if (!sponsor)
        throw new BadUserInputError('The sponsor is not an organiser or co-sponsor of this drive', {
          argument: 'sponsorPartyId',
        });
      requireThat(actsFor(this.identity, sponsor), this.identity, 'an officer of the sponsor');
      const earlier = await replayOf(
        manager,
        Pledge,
        this.identity.subject,
        key,
        (p) =>
          p.driveId === driveId &&
          p.sponsorPartyId === sponsorPartyId &&
          p.amount === amount &&
          p.pledgedOn === pledgedOn &&
          (p.note ?? null) === note,
        'pledge',
      );
      if (earlier) return earlier;
      assertStatus(drive.status, [DriveStatus.OPEN, DriveStatus.SELECTING], 'Pledging');
      const pledge = {
        id: randomUUID(),
        driveId,
        sponsorPartyId,
        amount,
        pledgedOn,
        note,
        receivedAmount: 0,
        receivedOn: null,
        status: PledgeStatus.PLEDGED,
        ...keyColumns(this.identity.subject, key),
      };
      await manager.getRepository(Pledge).insert(pledge);
      await this.audit.record(manager, { operation: 'pledge', recordType: 'Pledge', recordId: pledge.id });
      return manager.getRepository(Pledge).findOneByOrFail({ id: pledge.id });
    });
  }

  /** Records money received against a pledge (never more than pledged); idempotent by key. */
  async receive(pledgeId: string, amount: number, receivedOn: string, key?: string | null) {
    assertPositiveVnd(amount, 'amount');
    assertIsoDate(receivedOn, 'receivedOn');
    const found = await this.db.getRepository(Pledge).findOneBy({ id: pledgeId });
    if (!found) throw new NotFoundError(`There is no pledge ${pledgeId}`, { argument: 'pledgeId' });
    return driveStep(this.db, found.driveId, async (manager, parties, drive) => {
      requireThat(isOrganiser(this.identity, parties), this.identity, 'an officer of an organiser');
      const earlier = await replayOf(
        manager,
        PledgeReceipt,
        this.identity.subject,
        key,
        (r) => r.pledgeId === pledgeId && r.amount === amount && r.receivedOn === receivedOn,
        'receipt',
      );
      if (earlier) return manager.getRepository(Pledge).findOneByOrFail({ id: pledgeId });
      assertStatus(
        drive.status,
        [DriveStatus.OPEN, DriveStatus.SELECTING, DriveStatus.AWARDED],
        'Receiving money',
      );
      const pledge = await manager.getRepository(Pledge).findOneByOrFail({ id: pledgeId });
      if (pledge.status === PledgeStatus.WITHDRAWN) throw new ConflictError('This pledge was withdrawn');
      if (pledge.receivedAmount + amount > pledge.amount) {
        throw new BadUserInputError(
          `Only ${pledge.amount - pledge.receivedAmount} VND of this pledge is still to receive`,
          { argument: 'amount' },
        );
      }
      const receivedAmount = pledge.receivedAmount + amount;
      const status = receivedAmount === pledge.amount ? PledgeStatus.RECEIVED : PledgeStatus.PLEDGED;
      const receiptId = randomUUID();
      await manager.getRepository(PledgeReceipt).insert({
        id: receiptId,
        driveId: drive.id,
        pledgeId,
        amount,
        receivedOn,
        ...keyColumns(this.identity.subject, key),
      });
      await manager.getRepository(Pledge).update({ id: pledgeId }, { receivedAmount, receivedOn, status });
      await this.audit.record(manager, {
        operation: 'receivePledge',
        recordType: 'PledgeReceipt',
        recordId: receiptId,
      });
      return manager.getRepository(Pledge).findOneByOrFail({ id: pledgeId });
    });
  }

  async withdraw(pledgeId: string) {
    const found = await this.db.getRepository(Pledge).findOneBy({ id: pledgeId });
    if (!found) throw new NotFoundError(`There is no pledge ${pledgeId}`, { argument: 'pledgeId' });
    return driveStep(this.db, found.driveId, async (manager, parties, drive) => {
      const sponsor = parties.find((p) => p.id === found.sponsorPartyId)!;
      requireThat(actsFor(this.identity, sponsor), this.identity, 'an officer of the sponsor');
      assertStatus(drive.status, [DriveStatus.OPEN, DriveStatus.SELECTING], 'Withdrawing a pledge');
      const pledge = await manager.getRepository(Pledge).findOneByOrFail({ id: pledgeId });
      if (pledge.receivedAmount > 0)
        throw new ConflictError('Money was already received against this pledge');
      await manager.getRepository(Pledge).update({ id: pledgeId }, { status: PledgeStatus.WITHDRAWN });
      await this.audit.record(manager, {
        operation: 'withdrawPledge',
        recordType: 'Pledge',
        recordId: pledgeId,
      });
      return manager.getRepository(Pledge).findOneByOrFail({ id: pledgeId });
    });
  }
}
