import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { binaryCollation } from '../../../shared/src/database';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';
import { PROVINCIAL_UNITS_2025, ProvincialUnitFacts } from '../services/vietnam-provinces-2025';

const varchar = (name: string, length: number, extra: object = {}) => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});

/** A unit is found by its own names and by those of the provinces it absorbed. */
const searchTextOf = (unit: ProvincialUnitFacts) =>
  foldForSearch([unit.code, unit.name, unit.englishName, ...unit.predecessors.map((p) => p.name)].join(' '));

/**
 * Vietnam's 34 provincial-level units since 1 July 2025 and the 63 provinces before them: reference
 * data every deployment of the hub needs (not demo data), so it is inserted here, with the tables.
 * The rows are those of services/vietnam-provinces-2025.ts at this migration; a later reorganisation
 * is a new migration that ends units and adds their successors, never an edit of these rows.
 */
export class ProvincialUnits1764700000100 implements MigrationInterface {
  name = 'ProvincialUnits1764700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'provincial_unit',
        columns: [
          varchar('code', 8, { isPrimary: true }),
          varchar('name', 120),
          varchar('english_name', 120),
          varchar('kind', 40),
          { name: 'effective_from', type: 'date' },
          varchar('search_text', 400),
          varchar('sort_key', 255, binaryCollation(queryRunner.connection)),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'predecessor_province',
        columns: [
          varchar('code', 8, { isPrimary: true }),
          varchar('name', 120),
          { name: 'ended_on', type: 'date', isNullable: true },
          varchar('successor_code', 8),
          { name: 'position', type: 'int' },
        ],
        foreignKeys: [
          {
            columnNames: ['successor_code'],
            referencedTableName: 'provincial_unit',
            referencedColumnNames: ['code'],
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      'predecessor_province',
      new TableIndex({ columnNames: ['successor_code', 'position'] }),
    );
    await this.insertReferenceData(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['predecessor_province', 'provincial_unit']) await queryRunner.dropTable(table);
  }

  private async insertReferenceData(queryRunner: QueryRunner): Promise<void> {
    for (const unit of PROVINCIAL_UNITS_2025) {
      await queryRunner.query(
        'INSERT INTO provincial_unit (code, name, english_name, kind, effective_from, search_text, sort_key) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          unit.code,
          unit.name,
          unit.englishName,
          unit.kind,
          unit.effectiveFrom,
          searchTextOf(unit),
          vietnameseSortKey(unit.name),
        ],
      );
    }
    for (const unit of PROVINCIAL_UNITS_2025) {
      for (const [position, predecessor] of unit.predecessors.entries()) {
        await queryRunner.query(
          'INSERT INTO predecessor_province (code, name, ended_on, successor_code, position) ' +
            'VALUES (?, ?, ?, ?, ?)',
          [predecessor.code, predecessor.name, predecessor.endedOn, unit.code, position],
        );
      }
    }
  }
}
