import type { Express, NextFunction, Request, Response } from 'express';
import { Table } from 'typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  RemoveEvent,
  SoftRemoveEvent,
  TransactionCommitEvent,
  TransactionRollbackEvent,
  UpdateEvent,
} from 'typeorm';

/** The table made by each deployment's DataVersion migration (createDataVersionTable): one row, id 1. */
const BUMP = 'UPDATE data_version SET version = version + 1 WHERE id = 1';
const READ = 'SELECT version FROM data_version WHERE id = 1';

type WriteEvent =
  InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown> | SoftRemoveEvent<unknown>;

/**
 * Bumps the deployment's data version in the same transaction as every write that goes through
 * TypeORM (entities, repositories and query builders all broadcast their writes): a write inside a
 * transaction marks it, and the bump runs just before its commit, so a reader never sees the new rows
 * with the old number; a write outside a transaction bumps at once after it. A rolled-back
 * transaction bumps nothing. Raw SQL writes (`query('UPDATE …')`) are not seen: the services use none.
 */
export class DataVersionSubscriber implements EntitySubscriberInterface {
  private readonly changed = new WeakSet<QueryRunner>();

  afterInsert(event: InsertEvent<unknown>) {
    return this.noteWrite(event);
  }
  afterUpdate(event: UpdateEvent<unknown>) {
    return this.noteWrite(event);
  }
  afterRemove(event: RemoveEvent<unknown>) {
    return this.noteWrite(event);
  }
  afterSoftRemove(event: SoftRemoveEvent<unknown>) {
    return this.noteWrite(event);
  }
  afterRecover(event: SoftRemoveEvent<unknown>) {
    return this.noteWrite(event);
  }

  async beforeTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    // Savepoints (nested transactions on SQLite) commit with their outer transaction: bump once, there.
    if (!this.changed.has(queryRunner) || transactionDepthOf(queryRunner) > 1) return;
    this.changed.delete(queryRunner);
    await queryRunner.query(BUMP);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (transactionDepthOf(queryRunner) === 0) this.changed.delete(queryRunner);
  }

  private async noteWrite({ queryRunner, metadata }: WriteEvent): Promise<void> {
    if (metadata.tableName === 'data_version') return;
    if (queryRunner.isTransactionActive) this.changed.add(queryRunner);
    else await queryRunner.query(BUMP);
  }
}

function transactionDepthOf(queryRunner: QueryRunner): number {
  return (queryRunner as unknown as { transactionDepth?: number }).transactionDepth ?? 1;
}

/** The counter's table, for a deployment's migration: one row, starting at 0. */
export async function createDataVersionTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(
    new Table({
      name: 'data_version',
      columns: [
        { name: 'id', type: 'int', isPrimary: true },
        { name: 'version', type: 'bigint', default: 0 },
      ],
    }),
  );
  await queryRunner.query('INSERT INTO data_version (id, version) VALUES (1, 0)');
}

/** Starts counting this database's writes (once per DataSource). */
export function trackDataVersion(db: DataSource): void {
  if (!db.subscribers.some((subscriber) => subscriber instanceof DataVersionSubscriber)) {
    db.subscribers.push(new DataVersionSubscriber());
  }
}

/** The deployment's current data version: one indexed read of one row. */
export async function readDataVersion(db: DataSource): Promise<number> {
  const rows = (await db.query(READ)) as { version: number | string }[];
  return Number(rows[0]?.version ?? 0);
}

/** Where a deployment answers its data version (GET, for the gateway only). */
export const DATA_VERSION_PATH = '/data-version';

/**
 * `GET /data-version` → `{ "version": n, "schemaHash": "…" }`: how the gateway learns whether what it
 * cached of this deployment is still current (the data, and the schema it was read through), for
 * the price of one indexed read. Only the gateway may ask (its signed identity, as for /graphql):
 * the number says how often a city writes, nothing more.
 */
export function mountDataVersion(
  app: Express,
  db: DataSource,
  authenticate: (request: Request) => Promise<unknown>,
  schemaHash: string,
): void {
  app.get(DATA_VERSION_PATH, (request: Request, response: Response, next: NextFunction) => {
    authenticate(request)
      .then(() => readDataVersion(db))
      .then((version) => void response.set('cache-control', 'no-store').json({ version, schemaHash }), next);
  });
}
