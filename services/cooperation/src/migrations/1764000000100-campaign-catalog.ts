import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { binaryCollation } from '../../../shared/src/database';

const varchar = (name: string, length: number, extra: object = {}) => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});

/** The shared campaign catalog, its editions, and which cities agreed to compare which campaigns. */
export class CampaignCatalog1764000000100 implements MigrationInterface {
  name = 'CampaignCatalog1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'campaign',
        columns: [
          varchar('code', 64, { isPrimary: true }),
          varchar('name', 400),
          varchar('kind', 24),
          varchar('launched_by', 200, { isNullable: true }),
          varchar('scope', 16),
          { name: 'start_year', type: 'int', isNullable: true },
          { name: 'description', type: 'text', isNullable: true },
          varchar('search_text', 600),
          varchar('sort_key', 255, binaryCollation(queryRunner.connection)),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'campaign_edition',
        columns: [
          varchar('campaign_code', 64, { isPrimary: true }),
          varchar('period', 9, { isPrimary: true }),
          varchar('period_kind', 16),
        ],
        foreignKeys: [
          {
            columnNames: ['campaign_code'],
            referencedTableName: 'campaign',
            referencedColumnNames: ['code'],
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'joint_campaign',
        columns: [
          varchar('campaign_code', 64, { isPrimary: true }),
          varchar('city_code', 8, { isPrimary: true }),
        ],
        foreignKeys: [
          {
            columnNames: ['campaign_code'],
            referencedTableName: 'campaign',
            referencedColumnNames: ['code'],
          },
          { columnNames: ['city_code'], referencedTableName: 'member_city', referencedColumnNames: ['code'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['joint_campaign', 'campaign_edition', 'campaign'])
      await queryRunner.dropTable(table);
  }
}
