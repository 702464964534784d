import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { binaryCollation } from '../../../shared/src/database';

const varchar = (name: string, length: number, extra: object = {}) => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});

/** The city registry, the school-level vocabulary and cross-city school partnerships. */
export class CooperationBackbone1763800000100 implements MigrationInterface {
  name = 'CooperationBackbone1763800000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sortKey = varchar('sort_key', 255, binaryCollation(queryRunner.connection));
    await queryRunner.createTable(
      new Table({
        name: 'member_city',
        columns: [
          varchar('code', 8, { isPrimary: true }),
          varchar('name', 120),
          varchar('english_name', 120, { isNullable: true }),
          { name: 'joined_on', type: 'date' },
          varchar('search_text', 300),
          sortKey,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'school_level',
        columns: [
          varchar('code', 24, { isPrimary: true }),
          varchar('name', 120),
          { name: 'position', type: 'int' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'school_partnership',
        columns: [
          varchar('id', 64, { isPrimary: true }),
          varchar('unit_a_city', 8),
          varchar('unit_a_id', 64),
          varchar('unit_b_city', 8),
          varchar('unit_b_id', 64),
          varchar('movement_code', 64, { isNullable: true }),
          { name: 'started_on', type: 'date' },
          varchar('status', 16),
          { name: 'note', type: 'text', isNullable: true },
          { name: 'is_demo', type: 'boolean', default: false },
          sortKey,
        ],
        foreignKeys: [
          {
            columnNames: ['unit_a_city'],
            referencedTableName: 'member_city',
            referencedColumnNames: ['code'],
          },
          {
            columnNames: ['unit_b_city'],
            referencedTableName: 'member_city',
            referencedColumnNames: ['code'],
          },
        ],
      }),
    );
    await queryRunner.createIndex('school_partnership', new TableIndex({ columnNames: ['sort_key', 'id'] }));
    await queryRunner.createIndex('school_partnership', new TableIndex({ columnNames: ['unit_a_city'] }));
    await queryRunner.createIndex('school_partnership', new TableIndex({ columnNames: ['unit_b_city'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['school_partnership', 'school_level', 'member_city'])
      await queryRunner.dropTable(table);
  }
}
