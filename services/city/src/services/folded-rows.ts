/**
 * A SQL condition true for the rows that are this city's own, false for those a fold brought from a
 * predecessor (`npm run merge-city` records each in merged_record): `column` holds the row's id in
 * `table`. Both constant arguments come from the code, never from a request.
 */
export function ownRowCondition(table: string, column: string): string {
  return `NOT EXISTS (SELECT 1 FROM merged_record mr WHERE mr.table_name = '${table}' AND mr.record_id = ${column})`;
}

/** Which rows a figure counts: the city's own, all it holds, or those a fold brought from one origin. */
export type RowScope = { own: true } | { all: true } | { foldedFrom: string };

/**
 * The SQL condition of a scope for the rows whose id is in `column` of `table`, and its parameters
 * (the origin's code is a parameter: it comes from the city's own provenance rows, bound all the same).
 */
export function rowScopeCondition(
  scope: RowScope,
  table: string,
  column: string,
): [string, Record<string, string>] {
  if ('own' in scope) return [ownRowCondition(table, column), {}];
  if ('all' in scope) return ['1 = 1', {}];
  return [
    `EXISTS (SELECT 1 FROM merged_record mf WHERE mf.table_name = '${table}' AND mf.record_id = ${column} AND mf.origin_city_code = :foldedFrom)`,
    { foldedFrom: scope.foldedFrom },
  ];
}
