import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who acknowledged a payment is a student's or guardian's name, erased with the students' data since
 * this version. Drives whose students' data was erased before still hold those names: erase them too.
 * Nothing to undo: the names are gone.
 */
export class EraseAcknowledgements1764400000200 implements MigrationInterface {
  name = 'EraseAcknowledgements1764400000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE disbursement SET acknowledged_by = NULL WHERE drive_id IN
        (SELECT id FROM scholarship_drive WHERE personal_data_erased_on IS NOT NULL)`,
    );
  }

  async down(): Promise<void> {}
}
