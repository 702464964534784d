import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

/** Each money table is one operation; the audit trail names the operation that wrote each row. */
const MONEY_TABLES = [
  { table: 'pledge', operation: 'pledge' },
  { table: 'pledge_receipt', operation: 'receivePledge' },
  { table: 'disbursement', operation: 'disburse' },
];

const isDriveKey = (columns: string[]) =>
  columns.length === 2 && columns.includes('drive_id') && columns.includes('idempotency_key');

/**
 * Idempotency keys belong to the actor who sent them and to one operation: a key was unique per
 * drive, so Hải Phòng reusing Hà Nội's key on a drive got Hà Nội's pledge back and its own was lost.
 * Now a key is unique per (actor, key) in each money table. Keys written before get their actor from
 * the audit entry written in the same transaction. Table API, so it runs on SQLite and MySQL alike.
 */
export class IdempotencyScope1764400000100 implements MigrationInterface {
  name = 'IdempotencyScope1764400000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keys and subjects compare exactly, as on SQLite: MySQL's default collation would take "K-1"
    // for "k-1" (and "ả" for "a"), and answer one request with another's result.
    const exact =
      queryRunner.connection.options.type === 'mysql' ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {};
    for (const { table, operation } of MONEY_TABLES) {
      const key = { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true };
      await queryRunner.changeColumn(table, 'idempotency_key', new TableColumn({ ...key, ...exact }));
      await queryRunner.addColumn(
        table,
        new TableColumn({
          name: 'idempotency_actor',
          type: 'varchar',
          length: '120',
          isNullable: true,
          ...exact,
        }),
      );
      await queryRunner.query(
        `UPDATE ${table} SET idempotency_actor = (SELECT MIN(a.actor_subject) FROM audit_entry a
          WHERE a.record_id = ${table}.id AND a.operation = ?) WHERE idempotency_key IS NOT NULL`,
        [operation],
      );
      // MySQL's foreign key on drive_id used the old unique index; give it its own before dropping that.
      await queryRunner.createIndex(
        table,
        new TableIndex({ name: `IDX_${table}_drive`, columnNames: ['drive_id'] }),
      );
      await queryRunner.createIndex(
        table,
        new TableIndex({
          name: `UQ_${table}_idempotency`,
          columnNames: ['idempotency_actor', 'idempotency_key'],
          isUnique: true,
        }),
      );
      // SQLite keeps the old rule as a UNIQUE constraint, MySQL as a unique index.
      const loaded = (await queryRunner.getTable(table))!;
      const unique = loaded.uniques.find((candidate) => isDriveKey(candidate.columnNames));
      if (unique) await queryRunner.dropUniqueConstraint(loaded, unique);
      const index = loaded.indices.find(
        (candidate) => candidate.isUnique && isDriveKey(candidate.columnNames),
      );
      if (index) await queryRunner.dropIndex(loaded, index);
    }
  }

  /** Refused by the old index if two actors have since used the same key on one drive. */
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of MONEY_TABLES) {
      await queryRunner.dropIndex(table, `UQ_${table}_idempotency`);
      await queryRunner.createIndex(
        table,
        new TableIndex({ columnNames: ['drive_id', 'idempotency_key'], isUnique: true }),
      );
      await queryRunner.dropIndex(table, `IDX_${table}_drive`);
      await queryRunner.dropColumn(table, 'idempotency_actor');
      await queryRunner.changeColumn(
        table,
        'idempotency_key',
        new TableColumn({ name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true }),
      );
    }
  }
}
