import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const varchar = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const id = (): TableColumnOptions => ({ ...varchar('id', 64), isPrimary: true });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'int', isNullable });
const text = (name: string): TableColumnOptions => ({ name, type: 'text', isNullable: true });
const date = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'date', isNullable });
const toDrive = {
  columnNames: ['drive_id'],
  referencedTableName: 'scholarship_drive',
  referencedColumnNames: ['id'],
};

/**
 * Scholarship drives. The money rules that one row can check are CHECK constraints, and one award per
 * nomination is a UNIQUE index, so they hold whatever code path writes; the rest is checked in the
 * transaction that holds the drive's row lock.
 */
export class ScholarshipDrives1764200000100 implements MigrationInterface {
  name = 'ScholarshipDrives1764200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'scholarship_drive',
        columns: [
          id(),
          varchar('title', 300),
          text('purpose'),
          varchar('criteria', 300),
          int('scholarships'),
          int('amount_each'),
          varchar('status', 16),
          date('opens_on'),
          date('closes_on'),
          varchar('exchange_programme_id', 64, true),
          { name: 'version', type: 'int', default: 1 },
          date('personal_data_erased_on'),
          { name: 'is_demo', type: 'boolean', default: false },
        ],
        checks: [{ expression: 'scholarships > 0' }, { expression: 'amount_each > 0' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'drive_party',
        columns: [
          id(),
          varchar('drive_id', 64),
          varchar('role', 16),
          varchar('city_code', 8),
          varchar('organisation_id', 64, true),
          varchar('unit_id', 64, true),
        ],
        foreignKeys: [
          toDrive,
          { columnNames: ['city_code'], referencedTableName: 'member_city', referencedColumnNames: ['code'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'pledge',
        columns: [
          id(),
          varchar('drive_id', 64),
          varchar('sponsor_party_id', 64),
          int('amount'),
          date('pledged_on', false),
          text('note'),
          { name: 'received_amount', type: 'int', default: 0 },
          date('received_on'),
          varchar('status', 16),
          varchar('idempotency_key', 100, true),
        ],
        foreignKeys: [
          toDrive,
          {
            columnNames: ['sponsor_party_id'],
            referencedTableName: 'drive_party',
            referencedColumnNames: ['id'],
          },
        ],
        uniques: [{ columnNames: ['drive_id', 'idempotency_key'] }],
        checks: [{ expression: 'amount > 0' }, { expression: 'received_amount >= 0' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'nomination',
        columns: [
          id(),
          varchar('drive_id', 64),
          varchar('beneficiary_party_id', 64),
          varchar('student_name', 120, true),
          varchar('initials', 20),
          int('birth_year', true),
          varchar('school_name', 255, true),
          varchar('grade_label', 20, true),
          text('circumstances'),
          text('achievements'),
          varchar('guardian_name', 120, true),
          date('guardian_consent_on'),
          varchar('status', 16),
          { name: 'is_demo', type: 'boolean', default: false },
        ],
        foreignKeys: [
          toDrive,
          {
            columnNames: ['beneficiary_party_id'],
            referencedTableName: 'drive_party',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scholarship_award',
        columns: [
          id(),
          varchar('drive_id', 64),
          varchar('nomination_id', 64),
          int('amount'),
          date('awarded_on', false),
        ],
        foreignKeys: [
          toDrive,
          {
            columnNames: ['nomination_id'],
            referencedTableName: 'nomination',
            referencedColumnNames: ['id'],
          },
        ],
        uniques: [{ columnNames: ['nomination_id'] }],
        checks: [{ expression: 'amount > 0' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'disbursement',
        columns: [
          id(),
          varchar('drive_id', 64),
          varchar('award_id', 64),
          int('amount'),
          date('paid_on', false),
          varchar('method', 16),
          varchar('acknowledged_by', 120, true),
          varchar('idempotency_key', 100, true),
        ],
        foreignKeys: [
          toDrive,
          {
            columnNames: ['award_id'],
            referencedTableName: 'scholarship_award',
            referencedColumnNames: ['id'],
          },
        ],
        uniques: [{ columnNames: ['drive_id', 'idempotency_key'] }],
        checks: [{ expression: 'amount > 0' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'disbursement',
      'scholarship_award',
      'nomination',
      'pledge',
      'drive_party',
      'scholarship_drive',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
