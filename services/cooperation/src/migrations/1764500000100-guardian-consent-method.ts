import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * How the guardian consented (ConsentMethod), required for every nomination from this version on.
 * Nullable: nominations recorded before never said how, and inventing a method would be false evidence.
 */
export class GuardianConsentMethod1764500000100 implements MigrationInterface {
  name = 'GuardianConsentMethod1764500000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'nomination',
      new TableColumn({ name: 'guardian_consent_method', type: 'varchar', length: '16', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Not dropColumn: on SQLite TypeORM rebuilds the table, and an undo runs inside a transaction,
    // where foreign keys cannot be switched off, so the awards pointing to nominations refuse it.
    // Both engines drop a plain column in place.
    await queryRunner.query('ALTER TABLE nomination DROP COLUMN guardian_consent_method');
  }
}
