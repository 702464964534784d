import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** Grassroots unions become editable: a version for optimistic concurrency and a note on closure. */
export class UnitVersions1764100000000 implements MigrationInterface {
  name = 'UnitVersions1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('grassroots_union', [
      new TableColumn({ name: 'version', type: 'int', default: 1 }),
      new TableColumn({ name: 'status_note', type: 'text', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('grassroots_union', 'status_note');
    await queryRunner.dropColumn('grassroots_union', 'version');
  }
}
