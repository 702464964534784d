import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { DriveParty, ScholarshipDrive } from '../entities/drive.entity';
import {
  Disbursement,
  Nomination,
  Pledge,
  PledgeReceipt,
  ScholarshipAward,
} from '../entities/drive-money.entity';
import {
  DelegationMember,
  ExchangeProgramme,
  FollowUpAction,
  PartnershipActivity,
  ProgrammeVisit,
} from '../entities/programme.entity';

/** A drive with everything recorded on it, as the demo loader supplies it (ids are stable). */
export interface DriveBundle {
  drive: ScholarshipDrive;
  parties: DriveParty[];
  pledges: Pledge[];
  receipts: PledgeReceipt[];
  nominations: Nomination[];
  awards: ScholarshipAward[];
  disbursements: Disbursement[];
}

/** Loads whole drives and programmes by id in one transaction; loading again changes nothing. Not audited. */
export class DriveWriterService {
  constructor(private readonly db: DataSource) {}

  async upsert(bundles: DriveBundle[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      const save = <T extends ObjectLiteral>(entity: new () => T, rows: T[]) =>
        this.save(manager, entity, rows);
      await save(
        ScholarshipDrive,
        bundles.map((b) => b.drive),
      );
      await save(
        DriveParty,
        bundles.flatMap((b) => b.parties),
      );
      await save(
        Pledge,
        bundles.flatMap((b) => b.pledges),
      );
      await save(
        PledgeReceipt,
        bundles.flatMap((b) => b.receipts),
      );
      await save(
        Nomination,
        bundles.flatMap((b) => b.nominations),
      );
      await save(
        ScholarshipAward,
        bundles.flatMap((b) => b.awards),
      );
      await save(
        Disbursement,
        bundles.flatMap((b) => b.disbursements),
      );
    });
  }

  private async save<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, rows: T[]) {
    if (rows.length) await manager.getRepository(entity).upsert(rows as never[], ['id']);
  }

  /** Programmes with their delegations, visits and follow-ups, and partnership activities, by id. */
  async upsertProgrammes(data: {
    programmes: ExchangeProgramme[];
    members: DelegationMember[];
    visits: ProgrammeVisit[];
    followUps: FollowUpAction[];
    activities: PartnershipActivity[];
  }): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.save(manager, ExchangeProgramme, data.programmes);
      await this.save(manager, DelegationMember, data.members);
      if (data.visits.length)
        await manager
          .getRepository(ProgrammeVisit)
          .upsert(data.visits, ['programmeId', 'cityCode', 'unitId']);
      await this.save(manager, FollowUpAction, data.followUps);
      await this.save(manager, PartnershipActivity, data.activities);
    });
  }
}
