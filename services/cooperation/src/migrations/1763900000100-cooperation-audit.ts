import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { AUDIT_TABLE_COLUMNS } from '../../../shared/src/audit';

/** The audit trail of every change to the hub's records. */
export class CooperationAudit1763900000100 implements MigrationInterface {
  name = 'CooperationAudit1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({ name: 'audit_entry', columns: AUDIT_TABLE_COLUMNS }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entry');
  }
}
