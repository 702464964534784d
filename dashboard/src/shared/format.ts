import { i18n } from '../i18n/i18n';

// vi-VN first: 12.000, 1.000.000 ₫, 16/03/2024. English keeps day-first dates and VND.
const localeOf = (language = i18n.language) => (language === 'en' ? 'en-GB' : 'vi-VN');

export const formatNumber = (value: number, fractionDigits = 0) =>
  new Intl.NumberFormat(localeOf(), { maximumFractionDigits: fractionDigits }).format(value);

export const formatPercent = (value: number, fractionDigits = 1) =>
  new Intl.NumberFormat(localeOf(), { style: 'percent', maximumFractionDigits: fractionDigits }).format(
    value / 100,
  );

export const formatMoney = (vnd: number) =>
  new Intl.NumberFormat(localeOf(), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(
    vnd,
  );

/** A LocalDate (YYYY-MM-DD) as DD/MM/YYYY, read as a calendar date: no time zone can shift it. */
export const formatDate = (localDate: string | null | undefined) => {
  if (!localDate) return '';
  const [year, month, day] = localDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
};

/** A LocalDate as a Date at UTC midnight, for spreadsheets (stored as a real date). */
export const localDateToUtc = (localDate: string) => {
  const [year, month, day] = localDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
};

const collators = new Map<string, Intl.Collator>();
/** Vietnamese alphabetical order (a ă â b c d đ e ê …), not code-point order. */
export const compareText = (a: string, b: string) => {
  const locale = localeOf();
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale === 'vi-VN' ? 'vi' : 'en', { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator.compare(a, b);
};

/** Initials of a name ("Nguyễn Văn An" → "N. V. A."), for people the graph does not let us name. */
export const initialsOf = (fullName: string) =>
  fullName
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toLocaleUpperCase('vi')}.`)
    .join(' ');
