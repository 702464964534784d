import { isIsoDate } from '../../../shared/src/dates';
import { foldForSearch } from '../../../shared/src/vietnamese-text';
import { SchoolLevel } from '../entities/enums';

export type ImportKind = 'UNITS' | 'RESULTS';

export interface ColumnSpec {
  field: string;
  /** Header texts this column is recognised by, folded (accents and case do not matter). */
  headers: string[];
  required?: boolean;
  type: 'text' | 'count' | 'date' | 'level' | 'schoolYear';
}

const col = (field: string, type: ColumnSpec['type'], headers: string[], required = false): ColumnSpec => ({
  field,
  type,
  headers: [field, ...headers].map(foldForSearch),
  required,
});

/** Columns of the two files unions keep, with the Vietnamese headers they are usually written with. */
export const IMPORT_COLUMNS: Record<ImportKind, ColumnSpec[]> = {
  UNITS: [
    col('id', 'text', ['Mã đơn vị', 'Mã']),
    col('schoolName', 'text', ['Tên trường', 'Trường', 'Tên đơn vị'], true),
    col('name', 'text', ['Tên công đoàn', 'Công đoàn cơ sở']),
    col('schoolLevel', 'level', ['Cấp học', 'Cấp'], true),
    col('district', 'text', ['Quận/Huyện', 'Quận huyện', 'Địa bàn']),
    col('managedBy', 'text', ['Đơn vị quản lý', 'Cấp trên trực tiếp'], true),
    col('memberCount', 'count', ['Số đoàn viên', 'Đoàn viên'], true),
    col('validFrom', 'date', ['Ngày thành lập', 'Từ ngày']),
  ],
  RESULTS: [
    col('campaign', 'text', ['Mã cuộc vận động', 'Cuộc vận động', 'Phong trào', 'Mã phong trào'], true),
    col('schoolYear', 'schoolYear', ['Năm học'], true),
    col('reportedBy', 'text', ['Đơn vị báo cáo', 'Đơn vị'], true),
    col('participants', 'count', ['Số người tham gia', 'Người tham gia']),
    col('participatingUnits', 'count', ['Số đơn vị tham gia', 'Đơn vị tham gia']),
    col('initiativesSubmitted', 'count', ['Số sáng kiến', 'Sáng kiến đăng ký']),
    col('initiativesGraded', 'count', ['Sáng kiến được chấm', 'Số sáng kiến được chấm']),
    col('initiativesGradeA', 'count', ['Xếp loại A', 'Loại A']),
    col('target', 'count', ['Chỉ tiêu']),
    col('achievementPercent', 'count', ['Tỷ lệ đạt (%)', 'Tỷ lệ đạt', 'Đạt (%)']),
    col('collectivesCommended', 'count', ['Tập thể được khen', 'Tập thể khen thưởng']),
    col('individualsCommended', 'count', ['Cá nhân được khen', 'Cá nhân khen thưởng']),
    col('highlights', 'text', ['Ghi chú', 'Nổi bật', 'Kết quả nổi bật']),
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

/** Turns one cell into a value of its column's type, or says what is wrong with it. */
export function parseCell(spec: ColumnSpec, raw: string): Parsed {
  if (!raw) return spec.required ? { problem: 'is required' } : { value: null };
  switch (spec.type) {
    case 'count': {
      const digits = raw.replace(/[.,\s](?=\d{3}\b)/g, '');
      return /^\d+$/.test(digits) ? { value: Number(digits) } : { problem: `"${raw}" is not a whole number` };
    }
    case 'date':
      return isIsoDate(raw) ? { value: raw } : { problem: `"${raw}" is not a date written YYYY-MM-DD` };
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
