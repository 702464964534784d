import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { searchTerms } from './vietnamese-text';

/**
 * Restricts `query` to rows whose folded `column` holds every word of `search`, ignoring accents and
 * case on any engine ("ha noi" finds "Hà Nội"). Words are folded to [a-z0-9], so none is a LIKE wildcard.
 */
export function whereMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  search: string | null | undefined,
): SelectQueryBuilder<T> {
  searchTerms(search).forEach((term, index) => {
    query.andWhere(`${column} LIKE :searchTerm${index}`, { [`searchTerm${index}`]: `%${term}%` });
  });
  return query;
}
