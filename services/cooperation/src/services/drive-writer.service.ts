import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { DriveParty, ScholarshipDrive } from '../entities/drive.entity';
import {
  Disbursement,
  Nomination,
  Pledge,
  PledgeReceipt,
  ScholarshipAward,
} from '../entities/drive-money.entity';

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

/** Loads whole drives by id in one transaction; loading them again changes nothing. Not audited. */
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
}
