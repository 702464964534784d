import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { binaryCollation } from '../../../shared/src/database';

const id = (name = 'id'): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '64',
  isPrimary: name === 'id',
});
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '64',
  isNullable: nullable,
});
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const date = (name: string): TableColumnOptions => ({ name, type: 'date', isNullable: true });
const flag = (name: string): TableColumnOptions => ({ name, type: 'boolean', default: false });

/** Organisations, leaders, districts and grassroots unions of one city: the federation backbone. */
export class CityBackbone1763800000000 implements MigrationInterface {
  name = 'CityBackbone1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sortKey: TableColumnOptions = {
      ...text('sort_key', 255),
      ...binaryCollation(queryRunner.connection),
    };
    await queryRunner.createTable(
      new Table({
        name: 'deployment_info',
        columns: [{ ...text('key', 64), isPrimary: true }, text('value', 255)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'district',
        columns: [
          id(),
          text('name', 255),
          text('kind', 32),
          text('status', 16),
          date('valid_from'),
          date('valid_to'),
          sortKey,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'organisation',
        columns: [
          id(),
          text('kind', 40),
          text('name', 255),
          text('short_name', 120, true),
          text('english_name', 255, true),
          ref('district_id', true),
          text('status', 16),
          date('valid_from'),
          date('valid_to'),
          flag('is_demo'),
          text('search_text', 600),
          sortKey,
        ],
        foreignKeys: [
          { columnNames: ['district_id'], referencedTableName: 'district', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['kind', 'status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'leader',
        columns: [
          id(),
          ref('organisation_id'),
          text('full_name', 120),
          text('role', 24),
          date('term_start'),
          date('term_end'),
          { name: 'note', type: 'text', isNullable: true },
          flag('is_demo'),
        ],
        foreignKeys: [
          {
            columnNames: ['organisation_id'],
            referencedTableName: 'organisation',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [{ columnNames: ['organisation_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'grassroots_union',
        columns: [
          id(),
          text('name', 255),
          text('school_name', 255),
          text('school_level', 24),
          ref('district_id', true),
          ref('managed_by_id'),
          { name: 'member_count', type: 'int' },
          text('status', 16),
          date('valid_from'),
          date('valid_to'),
          flag('is_demo'),
          text('search_text', 600),
          sortKey,
        ],
        foreignKeys: [
          { columnNames: ['district_id'], referencedTableName: 'district', referencedColumnNames: ['id'] },
          {
            columnNames: ['managed_by_id'],
            referencedTableName: 'organisation',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    for (const columnNames of [
      ['sort_key', 'id'],
      ['managed_by_id', 'status'],
      ['district_id'],
      ['school_level'],
    ]) {
      await queryRunner.createIndex('grassroots_union', new TableIndex({ columnNames }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['grassroots_union', 'leader', 'organisation', 'district', 'deployment_info']) {
      await queryRunner.dropTable(table);
    }
  }
}
