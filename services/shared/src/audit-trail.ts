import { DataSource, EntityManager, LessThan } from 'typeorm';
import { AuditEntryColumns, auditValues, AuditFacts } from './audit';
import { BadUserInputError } from './errors';
import type { Identity } from './identity';
import { Connection } from './pagination';

/**
 * A subgraph's audit trail: entries are written with the manager of the mutation's own transaction,
 * so a change and its record of who made it commit or roll back together.
 */
export class AuditTrail<T extends AuditEntryColumns> {
  constructor(
    private readonly db: DataSource,
    private readonly identity: Identity,
    private readonly entity: new () => T,
  ) {}

  async record(manager: EntityManager, facts: AuditFacts): Promise<void> {
    await manager.getRepository(this.entity).insert(auditValues(this.identity, facts) as never);
  }

  /** Newest first; the cursor is the id of the last entry seen. */
  async list(page: { first: number; after?: string | null }): Promise<Connection<T>> {
    const before = page.after ? Number(page.after) : undefined;
    if (before !== undefined && !Number.isInteger(before)) {
      throw new BadUserInputError('The "after" cursor is not one this service issued', { argument: 'after' });
    }
    const repository = this.db.getRepository(this.entity);
    const [rows, totalCount] = await Promise.all([
      repository.find({
        where: (before !== undefined ? { id: LessThan(before) } : {}) as never,
        order: { id: 'DESC' } as never,
        take: page.first + 1,
      }),
      repository.count(),
    ]);
    const edges = rows.slice(0, page.first).map((node) => ({ cursor: String(node.id), node }));
    const pageInfo = { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null };
    return { totalCount, edges, pageInfo };
  }
}
