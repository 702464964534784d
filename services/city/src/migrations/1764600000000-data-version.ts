import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * One counter per deployment, bumped in the same transaction as every write (data-version.ts), so
 * that the gateway can tell whether what it cached of this city is still current by asking one number.
 */
export class DataVersion1764600000000 implements MigrationInterface {
  name = 'DataVersion1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'data_version',
        columns: [
          { name: 'id', type: 'int', isPrimary: true },
          { name: 'version', type: 'bigint', default: 0 },
        ],
      }),
    );
    await queryRunner.query('INSERT INTO data_version (id, version) VALUES (1, 0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('data_version');
  }
}
