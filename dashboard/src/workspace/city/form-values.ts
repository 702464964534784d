import { useState } from 'react';

/** A form's text values, held in React state only (never in storage or the URL). */
export function useFormValues<Name extends string>(initial: Record<Name, string>) {
  const [values, setValues] = useState(initial);
  const set = (name: Name) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  return { values, setValues, set };
}

/** A typed count as the graph wants it: null when left empty. */
export const intOrNull = (text: string): number | null => (text.trim() ? Number(text.trim()) : null);

/** Optional text: null when left empty. */
export const textOrNull = (text: string): string | null => text.trim() || null;

/** A stored figure as the form shows it. */
export const asText = (value: number | string | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

/** The school years an officer records for: this one and the six before, newest first. */
export function recentSchoolYears(today = new Date()): string[] {
  // A school year starts in September (month index 8).
  const start = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  return Array.from({ length: 7 }, (_, index) => `${start - index}-${start - index + 1}`);
}
