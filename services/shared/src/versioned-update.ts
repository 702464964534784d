import { EntityManager, ObjectLiteral } from 'typeorm';
import { ConflictError, NotFoundError } from './errors';

/**
 * Optimistic concurrency in one statement: the row changes only if it still has `version`, and its
 * version goes up by one. Someone else's change in between is a CONFLICT; nothing is written.
 */
export async function updateAtVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: new () => T,
  id: string,
  version: number,
  changes: Partial<T>,
  label: string,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected === 1) return;
  const current = await manager.getRepository(entity).findOneBy({ id } as never);
  if (!current) throw new NotFoundError(`There is no ${label} ${id}`, { argument: 'id' });
  throw new ConflictError(
    `${label} ${id} was changed by someone else (now version ${current.version}, you sent ${version}); reload it and try again`,
    { argument: 'version', currentVersion: current.version },
  );
}
