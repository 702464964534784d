/**
 * Date rules of the dated parent relation, in one place because the graph's fields (parentOn,
 * parentIn) and the figures that group units by parent (members reported under an organisation for a
 * school year) must agree. Dates are YYYY-MM-DD text, which compares in calendar order.
 */

export interface DatedSpan {
  validFrom: string | null;
  validTo: string | null;
}

/** Whether `date` lies in the span (both ends included; a missing end is open). */
export function covers(span: DatedSpan, date: string): boolean {
  return (
    (span.validFrom === null || span.validFrom <= date) && (span.validTo === null || span.validTo >= date)
  );
}

/** The calendar day before `date` (a move from 1 July closes the previous period on 30 June). */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The day that stands for a school year when asking who managed a unit "in" it: 31 May of its second
 * year, the end of teaching in Vietnam's school calendar (so 2024-2025 falls before the reorganisation
 * of 1 July 2025 and 2025-2026 after it) — or the unit's own last day, if it ended before then.
 */
export function schoolYearAnchor(schoolYear: string, unitValidTo: string | null = null): string {
  const lastDay = `${schoolYear.slice(5, 9)}-05-31`;
  return unitValidTo !== null && unitValidTo < lastDay ? unitValidTo : lastDay;
}

/** The period of `periods` (one unit's) that covers `date`, if any. */
export function periodOn<T extends DatedSpan>(periods: readonly T[], date: string): T | null {
  return periods.find((period) => covers(period, date)) ?? null;
}

/** Oldest first; the period "since before the records" (no first day) comes first. */
export function byFirstDay(a: DatedSpan, b: DatedSpan): number {
  return (a.validFrom ?? '').localeCompare(b.validFrom ?? '');
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);
