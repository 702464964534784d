import { MigrationInterface, QueryRunner } from 'typeorm';
import { createDataVersionTable } from '../../../shared/src/data-version';

/**
 * The hub's own data version (data-version.ts), as every city has one: the gateway keeps the hub's
 * public answers (a comparison, the registry) while it does not change.
 */
export class CooperationDataVersion1764600000100 implements MigrationInterface {
  name = 'CooperationDataVersion1764600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createDataVersionTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('data_version');
  }
}
