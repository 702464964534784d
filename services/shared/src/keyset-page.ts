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
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageRequest,
  order: { column: string; property: keyof T & string } = { column: 'sort_key', property: 'sortKey' },
): Promise<Connection<T>> {
  const alias = query.alias;
  const keyOf = (row: T) => String(row[order.property]);
  const position = decodeCursor(page.after);
  const totalCount = await query.clone().getCount();
  if (page.first === 0) return toConnection([], 0, totalCount, keyOf);
  if (position) {
    query.andWhere(
      new Brackets((keyset) =>
        keyset
          .where(`${alias}.${order.column} > :afterKey`, { afterKey: position.sortKey })
          .orWhere(`(${alias}.${order.column} = :afterKey AND ${alias}.id > :afterId)`, {
            afterId: position.id,
          }),
      ),
    );
  }
  const rows = await query
    .orderBy(`${alias}.${order.property}`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(page.first + 1)
    .getMany();
  return toConnection(rows, page.first, totalCount, keyOf);
}
