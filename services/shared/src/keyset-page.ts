import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, decodeCursor, toConnection } from './pagination';

export interface PageRequest {
  first: number;
  after?: string | null;
}

/**
 * One page of `query` in (sort_key, id) order: a COUNT for totalCount and one keyset SELECT of
 * `first + 1` rows, so that deep pages cost the same as the first.
 */
export async function keysetPage<T extends ObjectLiteral & { sortKey: string; id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageRequest,
): Promise<Connection<T>> {
  const alias = query.alias;
  const position = decodeCursor(page.after);
  const totalCount = await query.clone().getCount();
  if (page.first === 0) return toConnection([], 0, totalCount);
  if (position) {
    query.andWhere(
      new Brackets((keyset) =>
        keyset
          .where(`${alias}.sort_key > :afterKey`, { afterKey: position.sortKey })
          .orWhere(`(${alias}.sort_key = :afterKey AND ${alias}.id > :afterId)`, { afterId: position.id }),
      ),
    );
  }
  const rows = await query
    .orderBy(`${alias}.sortKey`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(page.first + 1)
    .getMany();
  return toConnection(rows, page.first, totalCount);
}
