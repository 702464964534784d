import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

const varchar = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const key = (name: string, length = 64): TableColumnOptions => ({
  ...varchar(name, length),
  isPrimary: true,
});
const toProgramme = {
  columnNames: ['programme_id'],
  referencedTableName: 'exchange_programme',
  referencedColumnNames: ['id'],
};

/** Exchange programmes with delegations, visits and follow-up actions; partnership activity logs. */
export class ExchangeProgrammes1764300000100 implements MigrationInterface {
  name = 'ExchangeProgrammes1764300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const tables = [
      new Table({
        name: 'exchange_programme',
        columns: [
          key('id'),
          varchar('title', 400),
          varchar('kind', 24),
          varchar('host_city', 8),
          { name: 'city_codes', type: 'text' },
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date' },
          varchar('place', 255, true),
          varchar('status', 16),
          { name: 'agenda_campaigns', type: 'text' },
          { name: 'outcomes', type: 'text' },
          { name: 'is_demo', type: 'boolean', default: false },
        ],
        foreignKeys: [
          { columnNames: ['host_city'], referencedTableName: 'member_city', referencedColumnNames: ['code'] },
        ],
        checks: [{ expression: 'ends_on >= starts_on' }],
      }),
      new Table({
        name: 'delegation_member',
        columns: [
          key('id'),
          varchar('programme_id', 64),
          varchar('city_code', 8),
          varchar('full_name', 120),
          varchar('position', 120),
          { name: 'co_chair', type: 'boolean', default: false },
          varchar('leader_id', 64, true),
          varchar('organisation_id', 64, true),
        ],
        foreignKeys: [toProgramme],
      }),
      new Table({
        name: 'programme_visit',
        columns: [key('programme_id'), key('city_code', 8), key('unit_id')],
        foreignKeys: [toProgramme],
      }),
      new Table({
        name: 'follow_up_action',
        columns: [
          key('id'),
          varchar('programme_id', 64),
          { name: 'action', type: 'text' },
          varchar('owner_city', 8),
          varchar('owner_organisation_id', 64, true),
          varchar('owner_unit_id', 64, true),
          { name: 'due_on', type: 'date' },
          varchar('status', 16),
        ],
        foreignKeys: [toProgramme],
      }),
      new Table({
        name: 'partnership_activity',
        columns: [
          key('id'),
          varchar('partnership_id', 64),
          { name: 'held_on', type: 'date' },
          varchar('kind', 120),
          { name: 'participants', type: 'int' },
          { name: 'note', type: 'text', isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['partnership_id'],
            referencedTableName: 'school_partnership',
            referencedColumnNames: ['id'],
          },
        ],
        checks: [{ expression: 'participants >= 0' }],
      }),
    ];
    for (const table of tables) await queryRunner.createTable(table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'partnership_activity',
      'follow_up_action',
      'programme_visit',
      'delegation_member',
      'exchange_programme',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
