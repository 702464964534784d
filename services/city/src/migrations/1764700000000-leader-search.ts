import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { binaryCollation } from '../../../shared/src/database';
import { foldForSearch, vietnameseSortKey } from '../../../shared/src/vietnamese-text';

const SORT_INDEX = 'IDX_leader_sort_key_id';

/**
 * Leaders become findable by name, accents and case ignored, on both engines: a folded search column
 * and a Vietnamese sort key, as organisations and grassroots units have, filled here for the leaders
 * already recorded (the directory writer derives both from then on).
 */
export class LeaderSearch1764700000000 implements MigrationInterface {
  name = 'LeaderSearch1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('leader', [
      new TableColumn({ name: 'search_text', type: 'varchar', length: '600', default: "''" }),
      new TableColumn({
        name: 'sort_key',
        type: 'varchar',
        length: '255',
        default: "''",
        ...binaryCollation(queryRunner.connection),
      }),
    ]);
    const leaders: { id: string; full_name: string }[] = await queryRunner.query(
      'SELECT id, full_name FROM leader',
    );
    for (const leader of leaders) {
      await queryRunner.query('UPDATE leader SET search_text = ?, sort_key = ? WHERE id = ?', [
        foldForSearch(leader.full_name),
        vietnameseSortKey(leader.full_name),
        leader.id,
      ]);
    }
    await queryRunner.createIndex(
      'leader',
      new TableIndex({ name: SORT_INDEX, columnNames: ['sort_key', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE rather than dropColumn: on SQLite TypeORM would rebuild the table (see the
    // cooperation's GuardianConsentMethod migration); both engines drop a plain column in place.
    await queryRunner.dropIndex('leader', SORT_INDEX);
    await queryRunner.query('ALTER TABLE leader DROP COLUMN sort_key');
    await queryRunner.query('ALTER TABLE leader DROP COLUMN search_text');
  }
}
