import isDate from 'validator/lib/isDate';
import { BadUserInputError } from './errors';

// validator's strict mode checks the calendar (2023-02-29 and 2024-02-31 do not exist) and the exact
// shape: `2023`, `2023-W05`, `20230101` and `2023-01-01T00:00:00Z` are not dates written YYYY-MM-DD.
const STRICT_DATE = { format: 'YYYY-MM-DD', strictMode: true, delimiters: ['-'] };
// MySQL's DATE range; SQLite stores the text as given, so both engines hold the same values.
const EARLIEST = '1000-01-01';

/**
 * The one rule for every date argument, input field and imported cell: a calendar date that exists,
 * written YYYY-MM-DD, within the range both engines store.
 */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && isDate(value, STRICT_DATE) && value >= EARLIEST;
}

export function dateProblem(label: string): string {
  return `${label} must be a date that exists, written YYYY-MM-DD (e.g. 2024-02-29)`;
}

/** Refuses anything but an existing YYYY-MM-DD date, naming the field (`label`) and the argument path. */
export function assertIsoDate(value: string, argument: string, label = argument): void {
  if (!isCalendarDate(value)) throw new BadUserInputError(dateProblem(label), { argument });
}
