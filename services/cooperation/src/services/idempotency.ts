import { EntityManager } from 'typeorm';
import { ConflictError } from '../../../shared/src/errors';

interface KeyedRow {
  idempotencyKey: string | null;
  idempotencyActor?: string | null;
}

/**
 * The row an earlier request of the same actor wrote under `key` in this operation's table, if any:
 * a retry gets the first result back. The same key with a different request is refused, never
 * answered with someone else's or another request's result. Call it after the permission check and
 * inside the drive's step (the lock makes a retry and its original run one after the other).
 */
export async function replayOf<T extends KeyedRow>(
  manager: EntityManager,
  entity: new () => T,
  actor: string,
  key: string | null | undefined,
  sameRequest: (earlier: T) => boolean,
  operation: string,
): Promise<T | null> {
  if (!key) return null;
  const earlier = await manager
    .getRepository(entity)
    .findOneBy({ idempotencyActor: actor, idempotencyKey: key } as never);
  if (!earlier) return null;
  if (!sameRequest(earlier)) {
    throw new ConflictError(
      `You already used idempotencyKey "${key}" for a different ${operation}; send a new key for a new request`,
      { argument: 'idempotencyKey' },
    );
  }
  return earlier;
}

/** Whose key it is: the token's subject. */
export const keyColumns = (actor: string, key: string | null | undefined) => ({
  idempotencyKey: key || null,
  idempotencyActor: key ? actor : null,
});
