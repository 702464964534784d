import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { binaryCollation } from '../../../shared/src/database';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';

const varchar = (name: string, length: number, extra: object = {}) => ({
  name,
  type: 'varchar',
  length: String(length),
  ...extra,
});

// Reference data, as of this migration: the two national bodies the seed articles name. Their codes
// are stable (services/shared/src/national-bodies.ts); later changes are new migrations.
const BODIES = [
  {
    code: 'TLD-VN',
    name: 'Tổng Liên đoàn Lao động Việt Nam',
    shortName: 'Tổng LĐLĐ Việt Nam',
    englishName: 'Vietnam General Confederation of Labour',
    kind: 'NATIONAL_CONFEDERATION',
    parentCode: null,
  },
  {
    code: 'CDGD-VN',
    name: 'Công đoàn Giáo dục Việt Nam',
    shortName: 'CĐGD Việt Nam',
    englishName: 'Vietnam Education Trade Union',
    kind: 'NATIONAL_SECTOR_UNION',
    parentCode: 'TLD-VN',
  },
];

/**
 * The bodies above the cities and their leaders, and campaigns that point to the body that launched
 * them: `campaign.launcher_code` is set here from the free text `launched_by` wherever that text is
 * a national body's name or short name (accents and case ignored); other texts keep no reference.
 */
export class NationalOrganisations1764700000200 implements MigrationInterface {
  name = 'NationalOrganisations1764700000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sortKey = varchar('sort_key', 255, binaryCollation(queryRunner.connection));
    await queryRunner.createTable(
      new Table({
        name: 'national_organisation',
        columns: [
          varchar('code', 16, { isPrimary: true }),
          varchar('name', 255),
          varchar('short_name', 120, { isNullable: true }),
          varchar('english_name', 255, { isNullable: true }),
          varchar('kind', 40),
          varchar('parent_code', 16, { isNullable: true }),
          sortKey,
        ],
        foreignKeys: [
          {
            columnNames: ['parent_code'],
            referencedTableName: 'national_organisation',
            referencedColumnNames: ['code'],
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'national_leader',
        columns: [
          varchar('id', 64, { isPrimary: true }),
          varchar('organisation_code', 16),
          varchar('full_name', 120),
          varchar('position', 120),
          { name: 'from_date', type: 'date', isNullable: true },
          { name: 'to_date', type: 'date', isNullable: true },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'is_demo', type: 'boolean', default: false },
          varchar('search_text', 600),
          sortKey,
        ],
        foreignKeys: [
          {
            columnNames: ['organisation_code'],
            referencedTableName: 'national_organisation',
            referencedColumnNames: ['code'],
          },
        ],
        indices: [{ columnNames: ['organisation_code'] }],
      }),
    );
    for (const body of BODIES) {
      await queryRunner.query(
        'INSERT INTO national_organisation (code, name, short_name, english_name, kind, parent_code, sort_key) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          body.code,
          body.name,
          body.shortName,
          body.englishName,
          body.kind,
          body.parentCode,
          vietnameseSortKey(body.name),
        ],
      );
    }
    await queryRunner.addColumn(
      'campaign',
      new TableColumn({ name: 'launcher_code', type: 'varchar', length: '16', isNullable: true }),
    );
    await this.referLaunchers(queryRunner);
  }

  /** Turns the national bodies' names in `launched_by` into references (the text itself stays). */
  private async referLaunchers(queryRunner: QueryRunner): Promise<void> {
    const codeByName = new Map<string, string>();
    for (const body of BODIES) {
      codeByName.set(foldForSearch(body.name), body.code);
      codeByName.set(foldForSearch(body.shortName), body.code);
    }
    const campaigns: { code: string; launched_by: string }[] = await queryRunner.query(
      'SELECT code, launched_by FROM campaign WHERE launched_by IS NOT NULL',
    );
    for (const campaign of campaigns) {
      const launcher = codeByName.get(foldForSearch(campaign.launched_by));
      if (launcher) {
        await queryRunner.query('UPDATE campaign SET launcher_code = ? WHERE code = ?', [
          launcher,
          campaign.code,
        ]);
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Not dropColumn: on SQLite TypeORM rebuilds the table, which the editions' foreign keys refuse
    // inside an undo's transaction (see GuardianConsentMethod1764500000100); both engines drop in place.
    await queryRunner.query('ALTER TABLE campaign DROP COLUMN launcher_code');
    await queryRunner.dropTable('national_leader');
    await queryRunner.dropTable('national_organisation');
  }
}
