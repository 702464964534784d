import { DataSource } from 'typeorm';
import type { Identity } from '../../../shared/src/identity';
import { DriveParty, PartyRole, ScholarshipDrive } from '../entities/drive.entity';
import {
  Disbursement,
  Nomination,
  Pledge,
  PledgeStatus,
  ScholarshipAward,
} from '../entities/drive-money.entity';
import type { CooperationLoaders } from '../loaders/cooperation-loaders';
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

const add = (values: number[]) => values.reduce((total, value) => total + value, 0);
const live = (pledges: Pledge[]) => pledges.filter((pledge) => pledge.status !== PledgeStatus.WITHDRAWN);

/**
 * Reading drives: totals, progress and who may see students' personal data. Every relation goes
 * through the request's loaders, so a list of drives costs the same statements as one drive.
 */
export class DriveQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly identity: Identity,
    private readonly loaders: CooperationLoaders,
  ) {}

  list(): Promise<ScholarshipDrive[]> {
    return this.db.getRepository(ScholarshipDrive).find({ order: { opensOn: 'DESC', id: 'ASC' } });
  }

  byId(id: string): Promise<ScholarshipDrive | null> {
    return this.db.getRepository(ScholarshipDrive).findOneBy({ id });
  }

  /** The drives of an exchange programme, newest first. */
  ofProgramme(programmeId: string): Promise<ScholarshipDrive[]> {
    return this.loaders.drivesByProgramme.load(programmeId);
  }

  async parties(driveId: string, role?: PartyRole): Promise<DriveParty[]> {
    const parties = await this.loaders.partiesByDrive.load(driveId);
    return role ? parties.filter((party) => party.role === role) : parties;
  }

  /**
   * A party of a drive: looked up among the drive's parties, which most drive queries read anyway
   * (the list, the student rule), rather than by id in a statement of its own.
   */
  async party(driveId: string, partyId: string): Promise<DriveParty | null> {
    return (await this.parties(driveId)).find((party) => party.id === partyId) ?? null;
  }

  pledges(driveId: string): Promise<Pledge[]> {
    return this.loaders.pledgesByDrive.load(driveId);
  }

  nominations(driveId: string): Promise<Nomination[]> {
    return this.loaders.nominationsByDrive.load(driveId);
  }

  awards(driveId: string): Promise<ScholarshipAward[]> {
    return this.loaders.awardsByDrive.load(driveId);
  }

  disbursements(awardId: string): Promise<Disbursement[]> {
    return this.loaders.disbursementsByAward.load(awardId);
  }

  nomination(nominationId: string): Promise<Nomination | null> {
    return this.loaders.nominationById.load(nominationId);
  }

  async totals(drive: ScholarshipDrive): Promise<DriveTotals> {
    const [pledges, awards, disbursements] = await Promise.all([
      this.pledges(drive.id),
      this.awards(drive.id),
      this.loaders.disbursementsByDrive.load(drive.id),
    ]);
    const target = drive.scholarships * drive.amountEach;
    const received = add(live(pledges).map((p) => p.receivedAmount));
    const awarded = add(awards.map((a) => a.amount));
    const disbursed = add(disbursements.map((d) => d.amount));
    return {
      target,
      pledged: add(live(pledges).map((p) => p.amount)),
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
    const award = await this.loaders.awardById.load(disbursement.awardId);
    const nomination = award && (await this.nomination(award.nominationId));
    return !!nomination && this.maySeeStudent(nomination);
  }

  /** Per sponsor: pledged and received (withdrawn pledges left out). */
  async sponsorProgress(driveId: string) {
    const [parties, pledges] = await Promise.all([this.parties(driveId), this.pledges(driveId)]);
    return parties.flatMap((party) => {
      const own = live(pledges).filter((pledge) => pledge.sponsorPartyId === party.id);
      if (!own.length) return [];
      return [
        { party, pledged: add(own.map((p) => p.amount)), received: add(own.map((p) => p.receivedAmount)) },
      ];
    });
  }

  /** Per beneficiary unit: students nominated, scholarships awarded, money awarded and paid. */
  async beneficiaryProgress(driveId: string) {
    const [parties, nominations, awards, disbursements] = await Promise.all([
      this.parties(driveId, PartyRole.BENEFICIARY),
      this.nominations(driveId),
      this.awards(driveId),
      this.loaders.disbursementsByDrive.load(driveId),
    ]);
    return parties.map((party) => {
      const nominated = nominations.filter((n) => n.beneficiaryPartyId === party.id);
      const awarded = awards.filter((a) => nominated.some((n) => n.id === a.nominationId));
      const paid = disbursements.filter((d) => awarded.some((a) => a.id === d.awardId));
      return {
        party,
        nominations: nominated.length,
        scholarships: awarded.length,
        awarded: add(awarded.map((a) => a.amount)),
        disbursed: add(paid.map((d) => d.amount)),
      };
    });
  }
}
