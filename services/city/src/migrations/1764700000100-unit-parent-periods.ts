import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

const ref = (name: string) => ({ name, type: 'varchar', length: '64' });
const date = (name: string) => ({ name, type: 'date', isNullable: true });

/**
 * The parent of a grassroots union becomes a dated relation (unit_parent_period), so that a move such
 * as the 2025 reorganisation keeps who managed the unit before. Every existing unit gets one period
 * from its managed_by_id, spanning the unit's own validity (from null = since before the records; a
 * closed unit's period ends when it did). managed_by_id stays, as the parent of the latest period.
 */
export class UnitParentPeriods1764700000100 implements MigrationInterface {
  name = 'UnitParentPeriods1764700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'unit_parent_period',
        columns: [
          { name: 'id', type: 'varchar', length: '80', isPrimary: true },
          ref('grassroots_union_id'),
          ref('parent_organisation_id'),
          date('valid_from'),
          date('valid_to'),
          { name: 'note', type: 'text', isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['grassroots_union_id'],
            referencedTableName: 'grassroots_union',
            referencedColumnNames: ['id'],
          },
          {
            columnNames: ['parent_organisation_id'],
            referencedTableName: 'organisation',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    for (const columnNames of [['grassroots_union_id', 'valid_from'], ['parent_organisation_id']]) {
      await queryRunner.createIndex('unit_parent_period', new TableIndex({ columnNames }));
    }
    // The id is the one parentPeriodId() gives: "<unit id>:<first day or 'earliest'>".
    const id =
      queryRunner.connection.options.type === 'mysql'
        ? "CONCAT(id, ':', COALESCE(valid_from, 'earliest'))"
        : "id || ':' || COALESCE(valid_from, 'earliest')";
    await queryRunner.query(
      `INSERT INTO unit_parent_period
         (id, grassroots_union_id, parent_organisation_id, valid_from, valid_to, note)
       SELECT ${id}, id, managed_by_id, valid_from, valid_to, NULL FROM grassroots_union`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('unit_parent_period');
  }
}
