import DataLoader from 'dataloader';
import { DataSource, FindOptionsOrder, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';
import { groupedInKeyOrder, inKeyOrder } from '../../../shared/src/batch';

/**
 * Keys per statement: far above any list the subgraph serves, far below the bound-parameter limits of
 * SQLite (32,766) and MySQL (65,535), so that even an unusually long list becomes a few statements.
 */
const BATCH = { maxBatchSize: 1_000 };

type Key<T> = keyof T & string;

const whereIn = <T extends ObjectLiteral>(column: Key<T>, keys: readonly string[]) =>
  ({ [column]: In([...keys]) }) as FindOptionsWhere<T>;

/** One row of `entity` per key of `column` (its primary or natural key), null for an unknown key. */
export function rowBy<T extends ObjectLiteral>(db: DataSource, entity: new () => T, column: Key<T>) {
  return new DataLoader<string, T | null>(
    async (keys) =>
      inKeyOrder(
        keys,
        await db.getRepository(entity).findBy(whereIn(column, keys)),
        (row) => row[column] as string,
      ),
    BATCH,
  );
}

/**
 * The rows of `entity` whose `column` (their parent's id) is each key, in `order` within each parent:
 * one statement for the children of a whole list of parents, the lists in key order.
 */
export function rowsBy<T extends ObjectLiteral>(
  db: DataSource,
  entity: new () => T,
  column: Key<T>,
  order: FindOptionsOrder<T>,
) {
  return new DataLoader<string, T[]>(
    async (keys) =>
      groupedInKeyOrder(
        keys,
        await db.getRepository(entity).find({ where: whereIn(column, keys), order }),
        (row) => row[column] as string,
      ),
    BATCH,
  );
}
