import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import type { Identity } from '../../../shared/src/identity';
import { DriveParty, PartyRole, ScholarshipDrive } from '../entities/drive.entity';
import {
  Disbursement,
  Nomination,
  Pledge,
  PledgeStatus,
  ScholarshipAward,
} from '../entities/drive-money.entity';
import { actsFor, isOrganiser } from './drive-access';

export interface DriveTotals {
  target: number;
  pledged: number;
  received: number;
  awarded: number;
  disbursed: number;
  remainingToRaise: number;
  remainingToDisburse: number;
  scholarshipsAwarded: number;
}

/** Reading drives: totals, progress and who may see students' personal data. */
export class DriveQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly identity: Identity,
  ) {}

  list(): Promise<ScholarshipDrive[]> {
    return this.db.getRepository(ScholarshipDrive).find({ order: { opensOn: 'DESC', id: 'ASC' } });
  }

  byId(id: string): Promise<ScholarshipDrive | null> {
    return this.db.getRepository(ScholarshipDrive).findOneBy({ id });
  }

  private readonly partiesByDrive = new Map<string, Promise<DriveParty[]>>();

  /** A drive's parties, read once per request. */
  async parties(driveId: string, role?: PartyRole): Promise<DriveParty[]> {
    let parties = this.partiesByDrive.get(driveId);
    if (!parties) {
      parties = this.db
        .getRepository(DriveParty)
        .find({ where: { driveId }, order: { role: 'ASC', id: 'ASC' } });
      this.partiesByDrive.set(driveId, parties);
    }
    return (await parties).filter((party) => !role || party.role === role);
  }

  pledges(driveId: string): Promise<Pledge[]> {
    return this.db.getRepository(Pledge).find({ where: { driveId }, order: { pledgedOn: 'ASC', id: 'ASC' } });
  }

  nominations(driveId: string): Promise<Nomination[]> {
    return this.db
      .getRepository(Nomination)
      .find({ where: { driveId }, order: { initials: 'ASC', id: 'ASC' } });
  }

  awards(driveId: string): Promise<ScholarshipAward[]> {
    return this.db
      .getRepository(ScholarshipAward)
      .find({ where: { driveId }, order: { awardedOn: 'ASC', id: 'ASC' } });
  }

  disbursements(awardId: string): Promise<Disbursement[]> {
    return this.db
      .getRepository(Disbursement)
      .find({ where: { awardId }, order: { paidOn: 'ASC', id: 'ASC' } });
  }

  async totals(drive: ScholarshipDrive): Promise<DriveTotals> {
    const [pledges, awards, disbursements] = await Promise.all([
      this.pledges(drive.id),
      this.awards(drive.id),
      this.db.getRepository(Disbursement).findBy({ driveId: drive.id }),
    ]);
    const live = pledges.filter((pledge) => pledge.status !== PledgeStatus.WITHDRAWN);
    const add = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const target = drive.scholarships * drive.amountEach;
    const received = add(live.map((p) => p.receivedAmount));
    const awarded = add(awards.map((a) => a.amount));
    const disbursed = add(disbursements.map((d) => d.amount));
    return {
      target,
      pledged: add(live.map((p) => p.amount)),
      received,
      awarded,
      disbursed,
      remainingToRaise: Math.max(0, target - received),
      remainingToDisburse: awarded - disbursed,
      scholarshipsAwarded: awards.length,
    };
  }

  /**
   * Students' personal data: the drive's organisers and the officers of the nominating unit (its
   * city's officers included, see actsFor) only.
   */
  async maySeeStudent(nomination: Nomination): Promise<boolean> {
    const parties = await this.parties(nomination.driveId);
    const nominating = parties.find((party) => party.id === nomination.beneficiaryPartyId);
    return isOrganiser(this.identity, parties) || (!!nominating && actsFor(this.identity, nominating));
  }

  /** Who acknowledged a payment is the student's or a guardian's name: the same people as the student. */
  async maySeeRecipient(disbursement: Disbursement): Promise<boolean> {
    const nomination = await this.nominationOfAward.load(disbursement.awardId);
    return !!nomination && this.maySeeStudent(nomination);
  }

  /** The nomination each award went to, in two queries for a whole list of payments. */
  private readonly nominationOfAward = new DataLoader<string, Nomination | null>(async (awardIds) => {
    const awards = await this.db.getRepository(ScholarshipAward).findBy({ id: In([...awardIds]) });
    const nominations = await this.db
      .getRepository(Nomination)
      .findBy({ id: In(awards.map((award) => award.nominationId)) });
    const byId = new Map(nominations.map((nomination) => [nomination.id, nomination]));
    const awardsById = new Map(awards.map((award) => [award.id, award]));
    return awardIds.map((id) => byId.get(awardsById.get(id)?.nominationId ?? '') ?? null);
  });

  /** Per sponsor: pledged and received (withdrawn pledges left out). */
  async sponsorProgress(driveId: string) {
    const [parties, pledges] = await Promise.all([this.parties(driveId), this.pledges(driveId)]);
    const live = pledges.filter((pledge) => pledge.status !== PledgeStatus.WITHDRAWN);
    return parties
      .filter((party) => live.some((pledge) => pledge.sponsorPartyId === party.id))
      .map((party) => {
        const own = live.filter((pledge) => pledge.sponsorPartyId === party.id);
        return {
          party,
          pledged: own.reduce((total, p) => total + p.amount, 0),
          received: own.reduce((total, p) => total + p.receivedAmount, 0),
        };
      });
  }

  /** Per beneficiary unit: students nominated, scholarships awarded, money awarded and paid. */
  async beneficiaryProgress(driveId: string) {
    const [parties, nominations, awards, disbursements] = await Promise.all([
      this.parties(driveId, PartyRole.BENEFICIARY),
      this.nominations(driveId),
      this.awards(driveId),
      this.db.getRepository(Disbursement).findBy({ driveId }),
    ]);
    return parties.map((party) => {
      const nominated = nominations.filter((n) => n.beneficiaryPartyId === party.id);
      const awarded = awards.filter((a) => nominated.some((n) => n.id === a.nominationId));
      const paid = disbursements.filter((d) => awarded.some((a) => a.id === d.awardId));
      return {
        party,
        nominations: nominated.length,
        scholarships: awarded.length,
        awarded: awarded.reduce((total, a) => total + a.amount, 0),
        disbursed: paid.reduce((total, d) => total + d.amount, 0),
      };
    });
  }
}
