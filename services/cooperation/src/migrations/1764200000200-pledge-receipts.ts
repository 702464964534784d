import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/** Each receipt of money against a pledge is its own row, so that a retried receipt is recognised. */
export class PledgeReceipts1764200000200 implements MigrationInterface {
  name = 'PledgeReceipts1764200000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'pledge_receipt',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'drive_id', type: 'varchar', length: '64' },
          { name: 'pledge_id', type: 'varchar', length: '64' },
          { name: 'amount', type: 'int' },
          { name: 'received_on', type: 'date' },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['pledge_id'], referencedTableName: 'pledge', referencedColumnNames: ['id'] },
        ],
        uniques: [{ columnNames: ['drive_id', 'idempotency_key'] }],
        checks: [{ expression: 'amount > 0' }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pledge_receipt');
  }
}
