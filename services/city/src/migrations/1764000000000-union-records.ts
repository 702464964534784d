import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';
import { binaryCollation } from '../../../shared/src/database';

const varchar = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const int = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'int', isNullable });
const text = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'text', isNullable });
const date = (name: string): TableColumnOptions => ({ name, type: 'date', isNullable: true });
const flag = (name: string): TableColumnOptions => ({ name, type: 'boolean', default: false });
const id = (length = 64): TableColumnOptions => ({ ...varchar('id', length), isPrimary: true });
const version: TableColumnOptions = { name: 'version', type: 'int', default: 1 };

/** Campaigns and their yearly results, initiatives, awards, trainings, agreements, yearly membership. */
export class UnionRecords1764000000000 implements MigrationInterface {
  name = 'UnionRecords1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sortKey = { ...varchar('sort_key', 255), ...binaryCollation(queryRunner.connection) };
    const tables = [
      new Table({
        name: 'campaign',
        columns: [
          { ...varchar('code', 64), isPrimary: true },
          varchar('name', 400),
          varchar('kind', 24),
          varchar('launched_by', 200, true),
          flag('is_local'),
          varchar('search_text', 600),
          sortKey,
        ],
      }),
      new Table({
        name: 'campaign_result',
        columns: [
          id(140),
          varchar('campaign_code', 64),
          varchar('school_year', 9),
          varchar('reported_by_id', 64),
          ...['participants', 'participating_units', 'initiatives_submitted', 'initiatives_graded'].map((n) =>
            int(n),
          ),
          ...['initiatives_grade_a', 'target', 'achievement_percent', 'collectives_commended'].map((n) =>
            int(n),
          ),
          int('individuals_commended'),
          text('highlights'),
          version,
          flag('is_demo'),
        ],
        foreignKeys: [
          {
            columnNames: ['campaign_code'],
            referencedTableName: 'campaign',
            referencedColumnNames: ['code'],
          },
          {
            columnNames: ['reported_by_id'],
            referencedTableName: 'organisation',
            referencedColumnNames: ['id'],
          },
        ],
        uniques: [{ columnNames: ['campaign_code', 'school_year', 'reported_by_id'] }],
      }),
      new Table({
        name: 'initiative',
        columns: [
          id(),
          varchar('title', 400),
          varchar('author_name', 120),
          varchar('unit_id', 64, true),
          varchar('school_year', 9),
          varchar('level', 16),
          varchar('grade', 8, true),
          flag('is_demo'),
          varchar('search_text', 600),
          sortKey,
        ],
        foreignKeys: [
          {
            columnNames: ['unit_id'],
            referencedTableName: 'grassroots_union',
            referencedColumnNames: ['id'],
          },
        ],
      }),
      new Table({
        name: 'award_decision',
        columns: [
          id(),
          varchar('school_year', 9),
          varchar('kind', 32),
          varchar('issuer_level', 40),
          varchar('recipient_type', 16),
          int('recipient_count', false),
          varchar('recipient_name', 255, true),
          varchar('recipient_unit_id', 64, true),
          varchar('scope_organisation_id', 64, true),
          varchar('decision_number', 64, true),
          date('decision_date'),
          varchar('status', 16),
          text('note'),
          version,
          flag('is_demo'),
        ],
      }),
      new Table({
        name: 'training',
        columns: [
          id(),
          varchar('title', 400),
          varchar('organiser_id', 64),
          varchar('school_year', 9),
          date('held_on'),
          int('classes', false),
          int('attendances', false),
          flag('attendances_at_least'),
          flag('is_demo'),
        ],
      }),
      new Table({
        name: 'coordination_agreement',
        columns: [
          id(),
          varchar('number', 64, true),
          varchar('kind', 16),
          varchar('title', 400),
          date('signed_on'),
          text('parties', false),
          int('period_start_year'),
          int('period_end_year'),
          text('note'),
          sortKey,
        ],
      }),
      new Table({
        name: 'agreement_review',
        columns: [
          id(),
          varchar('agreement_id', 64),
          date('reviewed_on'),
          text('summary', false),
          text('award_decision_ids', false),
        ],
        foreignKeys: [
          {
            columnNames: ['agreement_id'],
            referencedTableName: 'coordination_agreement',
            referencedColumnNames: ['id'],
          },
        ],
      }),
      new Table({
        name: 'unit_membership',
        columns: [
          { ...varchar('unit_id', 64), isPrimary: true },
          { ...varchar('school_year', 9), isPrimary: true },
          int('members', false),
        ],
        foreignKeys: [
          {
            columnNames: ['unit_id'],
            referencedTableName: 'grassroots_union',
            referencedColumnNames: ['id'],
          },
        ],
      }),
      new Table({
        name: 'annual_plan',
        columns: [
          { ...varchar('school_year', 9), isPrimary: true },
          text('theme', false),
          int('targets'),
          int('solution_groups'),
          date('adopted_on'),
        ],
      }),
    ];
    for (const table of tables) await queryRunner.createTable(table);
    const indexes: [string, string[]][] = [
      ['campaign_result', ['school_year']],
      ['initiative', ['school_year', 'grade']],
      ['initiative', ['unit_id']],
      ['award_decision', ['school_year', 'kind', 'issuer_level']],
      ['training', ['school_year']],
      ['unit_membership', ['school_year']],
    ];
    for (const [table, columnNames] of indexes)
      await queryRunner.createIndex(table, new TableIndex({ columnNames }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const tables = [
      'annual_plan',
      'unit_membership',
      'agreement_review',
      'coordination_agreement',
      'training',
    ];
    for (const table of [...tables, 'award_decision', 'initiative', 'campaign_result', 'campaign']) {
      await queryRunner.dropTable(table);
    }
  }
}
