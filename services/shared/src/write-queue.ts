import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';

type TransactionArgs = Parameters<EntityManager['transaction']>;

/**
 * One writer at a time on an embedded SQLite database.
 *
 * better-sqlite3 gives TypeORM a single connection for the whole process. A second `transaction()`
 * that starts while the first one awaits (a slow audit sink, a network call, a timer) does not get a
 * transaction of its own: it becomes a SAVEPOINT inside the first, reads the first one's uncommitted
 * rows, and commits or rolls back with it. So every transaction of the DataSource waits its turn in
 * one queue, which is also what SQLite allows anyway (one writer). MySQL has a pool of connections and
 * real isolation; there each money step locks its drive's row instead (services/cooperation's driveStep).
 *
 * A transaction started while its own async context already holds the turn (a nested
 * `db.transaction`) runs at once, as TypeORM's savepoint; queueing it would wait for itself.
 * Plain reads outside a transaction are not queued (they may see a running transaction's rows on
 * SQLite's single connection): money rules are read and checked inside the step's transaction.
 *
 * So a transaction must never await another request that writes to the same database (it would
 * wait behind itself): do remote checks before the transaction, as the hub's reference checks do.
 *
 * A promise chain rather than a library: the queue is these few lines, and it has no other use here.
 */
export function serialiseTransactions(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: TransactionArgs) => Promise<unknown>;
  const holdsTurn = new AsyncLocalStorage<true>();
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: TransactionArgs) => {
    if (holdsTurn.getStore()) return transaction(...args);
    const turn = tail.then(() => holdsTurn.run(true, () => transaction(...args)));
    tail = turn.catch(() => undefined); // a refused transaction must not stop the ones behind it
    return turn;
  }) as EntityManager['transaction'];
}
