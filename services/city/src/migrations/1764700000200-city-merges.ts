import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const varchar = (name: string, length: number, isNullable = false) => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});

/**
 * Provenance of folded cities (`npm run merge-city`, docs/reorganisation.md): the folds this city's
 * database received, and for every row a fold copied, where it came from. A separate table rather
 * than an `origin_city_code` column on each of the fifteen record tables: one migration, no change to
 * the tables the services write, and a record table added later is covered without a migration.
 */
export class CityMerges1764700000200 implements MigrationInterface {
  name = 'CityMerges1764700000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'city_merge',
        columns: [
          { ...varchar('id', 64), isPrimary: true },
          varchar('from_city_code', 8),
          varchar('into_city_code', 8),
          { name: 'effective_date', type: 'date' },
          { name: 'started_at', type: 'datetime' },
          { name: 'finished_at', type: 'datetime', isNullable: true },
          { name: 'totals', type: 'text', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'merged_record',
        columns: [
          { ...varchar('table_name', 64), isPrimary: true },
          { ...varchar('record_id', 160), isPrimary: true },
          varchar('origin_city_code', 8),
          varchar('merge_id', 64),
        ],
        foreignKeys: [
          { columnNames: ['merge_id'], referencedTableName: 'city_merge', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createIndex(
      'merged_record',
      new TableIndex({ name: 'idx_merged_record_merge', columnNames: ['merge_id', 'table_name'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('merged_record');
    await queryRunner.dropTable('city_merge');
  }
}
