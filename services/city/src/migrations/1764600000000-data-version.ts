import { MigrationInterface, QueryRunner } from 'typeorm';
import { createDataVersionTable } from '../../../shared/src/data-version';

/**
 * One counter per deployment, bumped in the same transaction as every write (data-version.ts), so
 * that the gateway can tell whether what it cached of this city is still current by asking one number.
 */
export class DataVersion1764600000000 implements MigrationInterface {
  name = 'DataVersion1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createDataVersionTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('data_version');
  }
}
