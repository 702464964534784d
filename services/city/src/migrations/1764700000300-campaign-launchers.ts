import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { nationalBodyCodeOfName } from '../../../shared/src/national-bodies';
import { organisationIdOfName } from '../services/campaign-launchers';

/**
 * A city's campaigns refer to the body that launched them instead of only naming it: a national body
 * by its code (resolved by the hub), or one of the city's own organisations. Filled here from the
 * `launched_by` text already recorded (the records writer derives both from then on); a text naming
 * neither keeps no reference.
 */
export class CampaignLaunchers1764700000300 implements MigrationInterface {
  name = 'CampaignLaunchers1764700000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('campaign', [
      new TableColumn({ name: 'launcher_code', type: 'varchar', length: '16', isNullable: true }),
      new TableColumn({ name: 'launcher_organisation_id', type: 'varchar', length: '64', isNullable: true }),
    ]);
    const campaigns: { code: string; launched_by: string | null }[] = await queryRunner.query(
      'SELECT code, launched_by FROM campaign WHERE launched_by IS NOT NULL',
    );
    const organisations: { id: string; name: string }[] = await queryRunner.query(
      'SELECT id, name FROM organisation',
    );
    for (const campaign of campaigns) {
      await queryRunner.query(
        'UPDATE campaign SET launcher_code = ?, launcher_organisation_id = ? WHERE code = ?',
        [
          nationalBodyCodeOfName(campaign.launched_by),
          organisationIdOfName(organisations, campaign.launched_by),
          campaign.code,
        ],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE, as in LeaderSearch: on SQLite dropColumn would rebuild the table.
    await queryRunner.query('ALTER TABLE campaign DROP COLUMN launcher_organisation_id');
    await queryRunner.query('ALTER TABLE campaign DROP COLUMN launcher_code');
  }
}
