import { isCalendarDate } from '../../../shared/src/dates';
import { checkText } from '../../../shared/src/input-text';
import { foldForSearch } from '../../../shared/src/vietnamese-text';
import { SchoolLevel } from '../entities/enums';

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
 */
export function parseCell(spec: ColumnSpec, cell: string): Parsed {
  const text = checkText(cell, {
    max: spec.type === 'count' ? 20 : spec.max,
    multiline: spec.type === 'note',
  });
  if ('problem' in text) return { problem: text.problem };
  if ('blank' in text) return spec.required ? { problem: 'is required' } : { value: null };
  const raw = text.text;
  switch (spec.type) {
    case 'count': {
      const digits = raw.replace(/[.,\s](?=\d{3}\b)/g, '');
      if (!/^\d+$/.test(digits)) return { problem: `"${raw}" is not a whole number` };
      const count = Number(digits);
      return count <= spec.max ? { value: count } : { problem: `${count} is more than ${spec.max}` };
    }
    case 'date':
      return isCalendarDate(raw)
        ? { value: raw }
        : { problem: `"${raw}" is not a date that exists, written YYYY-MM-DD` };
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

/** Which kind of file a header row belongs to, by its required columns. */
export function detectKind(headers: string[]): ImportKind | null {
  const folded = headers.map(foldForSearch);
  const has = (kind: ImportKind) =>
    IMPORT_COLUMNS[kind]
      .filter((spec) => spec.required)
      .every((spec) => spec.headers.some((h) => folded.includes(h)));
  return has('UNITS') ? 'UNITS' : has('RESULTS') ? 'RESULTS' : null;
}
