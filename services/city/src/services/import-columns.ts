import { isCalendarDate } from '../../../shared/src/dates';
import { checkText } from '../../../shared/src/input-text';
import { foldForSearch } from '../../../shared/src/vietnamese-text';
import { SchoolLevel } from '../entities/enums';
import { cellText, SheetCell } from './spreadsheet-reader';

export type ImportKind = 'UNITS' | 'RESULTS';

export interface ColumnSpec {
  field: string;
  /** Header texts this column is recognised by, folded (accents and case do not matter). */
  headers: string[];
  required?: boolean;
  type: 'text' | 'note' | 'count' | 'date' | 'level' | 'schoolYear';
  /** Longest text (its column's length) or largest count. */
  max: number;
}

const col = (
  field: string,
  type: ColumnSpec['type'],
  max: number,
  headers: string[],
  required = false,
): ColumnSpec => ({
  field,
  type,
  max,
  headers: [field, ...headers].map(foldForSearch),
  required,
});
// Names that are looked up, not stored, are bounded like any other one-line text.
const LOOKUP = 255;
const COUNT = 10_000_000;

/** Columns of the two files unions keep, with the Vietnamese headers they are usually written with. */
export const IMPORT_COLUMNS: Record<ImportKind, ColumnSpec[]> = {
  UNITS: [
    col('id', 'text', 64, ['Mã đơn vị', 'Mã']),
    col('schoolName', 'text', 255, ['Tên trường', 'Trường', 'Tên đơn vị'], true),
    col('name', 'text', 255, ['Tên công đoàn', 'Công đoàn cơ sở']),
    col('schoolLevel', 'level', LOOKUP, ['Cấp học', 'Cấp'], true),
    col('district', 'text', LOOKUP, ['Quận/Huyện', 'Quận huyện', 'Địa bàn']),
    col('managedBy', 'text', LOOKUP, ['Đơn vị quản lý', 'Cấp trên trực tiếp'], true),
    col('memberCount', 'count', 100_000, ['Số đoàn viên', 'Đoàn viên'], true),
    col('validFrom', 'date', 10, ['Ngày thành lập', 'Từ ngày']),
  ],
  RESULTS: [
    col(
      'campaign',
      'text',
      LOOKUP,
      ['Mã cuộc vận động', 'Cuộc vận động', 'Phong trào', 'Mã phong trào'],
      true,
    ),
    col('schoolYear', 'schoolYear', 20, ['Năm học'], true),
    col('reportedBy', 'text', LOOKUP, ['Đơn vị báo cáo', 'Đơn vị'], true),
    col('participants', 'count', COUNT, ['Số người tham gia', 'Người tham gia']),
    col('participatingUnits', 'count', 100_000, ['Số đơn vị tham gia', 'Đơn vị tham gia']),
    col('initiativesSubmitted', 'count', COUNT, ['Số sáng kiến', 'Sáng kiến đăng ký']),
    col('initiativesGraded', 'count', COUNT, ['Sáng kiến được chấm', 'Số sáng kiến được chấm']),
    col('initiativesGradeA', 'count', COUNT, ['Xếp loại A', 'Loại A']),
    col('target', 'count', COUNT, ['Chỉ tiêu']),
    col('achievementPercent', 'count', 1_000_000, ['Tỷ lệ đạt (%)', 'Tỷ lệ đạt', 'Đạt (%)']),
    col('collectivesCommended', 'count', 100_000, ['Tập thể được khen', 'Tập thể khen thưởng']),
    col('individualsCommended', 'count', COUNT, ['Cá nhân được khen', 'Cá nhân khen thưởng']),
    col('highlights', 'note', 5000, ['Ghi chú', 'Nổi bật', 'Kết quả nổi bật']),
  ],
};

const LEVEL_WORDS: [string, SchoolLevel][] = [
  ['mam non', SchoolLevel.PRESCHOOL],
  ['tieu hoc', SchoolLevel.PRIMARY],
  ['thcs thpt', SchoolLevel.MULTI_LEVEL],
  ['lien cap', SchoolLevel.MULTI_LEVEL],
  ['nhieu cap', SchoolLevel.MULTI_LEVEL],
  ['trung hoc co so', SchoolLevel.LOWER_SECONDARY],
  ['thcs', SchoolLevel.LOWER_SECONDARY],
  ['trung hoc pho thong', SchoolLevel.UPPER_SECONDARY],
  ['thpt', SchoolLevel.UPPER_SECONDARY],
  ['giao duc thuong xuyen', SchoolLevel.CONTINUING_EDUCATION],
  ['gdtx', SchoolLevel.CONTINUING_EDUCATION],
  ['co quan', SchoolLevel.OFFICE],
  ['phong gd', SchoolLevel.OFFICE],
];

export type Parsed = { value: string | number | null } | { problem: string };

/**
 * Turns one cell into a value of its column's type, or says what is wrong with it. Every cell first
 * passes the text rule of typed arguments (input-text.ts): NFC, trimmed, bounded, no control characters.
 * Real number and date cells of an .xlsx are taken by value, not by the text Excel would display.
 */
export function parseCell(spec: ColumnSpec, cell: SheetCell): Parsed {
  if (typeof cell === 'number' && spec.type === 'count') return countValue(spec, cell, String(cell));
  if (cell instanceof Date && spec.type === 'date') return dateValue(cellText(cell), cellText(cell));
  if (cell instanceof Date && spec.type === 'count') {
    return { problem: `${cellText(cell)} is a date, not a whole number` };
  }
  if (typeof cell === 'number' && spec.type === 'date') {
    return { problem: `${cell} is a number, not a date: format the cell as a date or write dd/MM/yyyy` };
  }
  const text = checkText(cellText(cell), {
    max: spec.type === 'count' ? 20 : spec.max,
    multiline: spec.type === 'note',
  });
  if ('problem' in text) return { problem: text.problem };
  if ('blank' in text) return spec.required ? { problem: 'is required' } : { value: null };
  const raw = text.text;
  switch (spec.type) {
    case 'count':
      return countText(spec, raw);
    case 'date':
      return dateValue(fromDayFirst(raw) ?? raw, raw);
    case 'schoolYear': {
      const match = /^(\d{4})\s*-\s*(\d{4})$/.exec(raw);
      return match && Number(match[2]) === Number(match[1]) + 1
        ? { value: `${match[1]}-${match[2]}` }
        : { problem: `"${raw}" is not a school year such as 2022-2023` };
    }
    case 'level': {
      const folded = foldForSearch(raw);
      const byName = Object.values(SchoolLevel).find((level) => foldForSearch(level) === folded);
      const byWords = LEVEL_WORDS.find(([words]) => folded.includes(words))?.[1];
      const level = byName ?? byWords;
      return level
        ? { value: level }
        : { problem: `"${raw}" is not a school level (Mầm non, Tiểu học, THCS, THPT, …)` };
    }
    default:
      return { value: raw };
  }
}

// Whole numbers as vi-VN writes them: digits, optionally grouped in threes by dots or spaces
// (12.000, 1 250). A comma is the decimal mark there, so 12,5 is not whole and 12,000 (which an
// English sheet would mean as twelve thousand) is refused as ambiguous rather than guessed.
const PLAIN = /^\d+$/;
const GROUPED = /^\d{1,3}(?:([.\s\u00a0\u202f])\d{3})(?:\1\d{3})*$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+$/;

function countText(spec: ColumnSpec, raw: string): Parsed {
  if (PLAIN.test(raw) || GROUPED.test(raw)) return countValue(spec, Number(raw.replace(/\D/g, '')), raw);
  if (COMMA_GROUPED.test(raw)) {
    return { problem: `"${raw}" is ambiguous: write ${raw.replace(/,/g, '')} or ${raw.replace(/,/g, '.')}` };
  }
  return { problem: `"${raw}" is not a whole number (dots group thousands: 12.000)` };
}

function countValue(spec: ColumnSpec, count: number, raw: string): Parsed {
  if (!Number.isSafeInteger(count) || count < 0) return { problem: `"${raw}" is not a whole number` };
  return count <= spec.max ? { value: count } : { problem: `${count} is more than ${spec.max}` };
}

/** d/M/yyyy or dd/MM/yyyy (day first, as Vietnamese sheets write it) in YYYY-MM-DD; null otherwise. */
function fromDayFirst(raw: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : null;
}

// The one date rule of the graph (dates.ts) decides; this only rewrites the day-first form into it.
const dateValue = (iso: string, raw: string): Parsed =>
  isCalendarDate(iso)
    ? { value: iso }
    : { problem: `"${raw}" is not a date that exists, written dd/MM/yyyy or YYYY-MM-DD` };

/** How many different columns of `kind` a row's texts name. */
function namedColumns(kind: ImportKind, texts: string[]): number {
  const folded = new Set(texts.map(foldForSearch));
  return IMPORT_COLUMNS[kind].filter((spec) => spec.headers.some((h) => folded.has(h))).length;
}

// A title ("DANH SÁCH CÔNG ĐOÀN CƠ SỞ") or a merged heading names at most one column, even when
// its text is repeated across the merged cells; a header row names several.
const HEADER_MIN_COLUMNS = 3;

/** Whether a row is the header row (of `kind`, or of either kind). */
export const isHeaderRow =
  (kind?: ImportKind | null) =>
  (texts: string[]): boolean =>
    (kind ? [kind] : (['UNITS', 'RESULTS'] as const)).some(
      (k) => namedColumns(k, texts) >= HEADER_MIN_COLUMNS,
    );

/** Which kind of file a header row belongs to, by its required columns. */
export function detectKind(headers: string[]): ImportKind | null {
  const folded = headers.map(foldForSearch);
  const has = (kind: ImportKind) =>
    IMPORT_COLUMNS[kind]
      .filter((spec) => spec.required)
      .every((spec) => spec.headers.some((h) => folded.includes(h)));
  return has('UNITS') ? 'UNITS' : has('RESULTS') ? 'RESULTS' : null;
}
