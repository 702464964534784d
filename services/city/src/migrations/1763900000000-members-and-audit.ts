import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { AUDIT_TABLE_COLUMNS } from '../../../shared/src/audit';
import { binaryCollation } from '../../../shared/src/database';

const varchar = (name: string, length: number, isNullable = false) => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});

/** Members (personal data) and the audit trail of every change. */
export class MembersAndAudit1763900000000 implements MigrationInterface {
  name = 'MembersAndAudit1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'member',
        columns: [
          { ...varchar('id', 64), isPrimary: true },
          varchar('unit_id', 64),
          varchar('full_name', 120),
          varchar('gender', 8),
          { name: 'date_of_birth', type: 'date' },
          varchar('position', 120, true),
          { name: 'joined_on', type: 'date', isNullable: true },
          varchar('phone', 20, true),
          varchar('national_id', 12, true),
          varchar('address', 255, true),
          { name: 'is_demo', type: 'boolean', default: false },
          { ...varchar('sort_key', 255), ...binaryCollation(queryRunner.connection) },
        ],
        foreignKeys: [
          {
            columnNames: ['unit_id'],
            referencedTableName: 'grassroots_union',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await queryRunner.createIndex('member', new TableIndex({ columnNames: ['unit_id', 'sort_key', 'id'] }));
    await queryRunner.createTable(new Table({ name: 'audit_entry', columns: AUDIT_TABLE_COLUMNS }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entry');
    await queryRunner.dropTable('member');
  }
}
