/**
 * A SQL condition true for the rows that are this city's own, false for those a fold brought from a
 * predecessor (`npm run merge-city` records each in merged_record): `column` holds the row's id in
 * `table`. Both constant arguments come from the code, never from a request.
 */
export function ownRowCondition(table: string, column: string): string {
  return `NOT EXISTS (SELECT 1 FROM merged_record mr WHERE mr.table_name = '${table}' AND mr.record_id = ${column})`;
}
