import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadUserInputError } from '../../../shared/src/errors';
import { normaliseText } from '../../../shared/src/input-text';

/** A cell as the file holds it: text, or (in .xlsx) a real number or date cell. */
export type SheetCell = string | number | Date;

export interface SheetRow {
  /** The row number as a spreadsheet shows it. */
  rowNumber: number;
  cells: SheetCell[];
}

export interface Sheet {
  /** Where the column names are: officers often put a title or a merged heading above them. */
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
}

/** Says whether a row's texts (folded by the caller) name enough known columns to be the header. */
export type HeaderTest = (texts: string[]) => boolean;

// A title block above the header is a few rows; a header further down is not looked for.
const HEADER_SEARCH_ROWS = 20;

/**
 * The first sheet of an .xlsx file, or a UTF-8 .csv file (a BOM is fine). The header is the first
 * row that `isHeader` accepts (the first non-empty row when none does); rows above it are titles.
 * Headers are normalised (NFC, trimmed); cells are kept as written and checked by import-columns.ts.
 */
export async function readSpreadsheet(fileName: string, content: Buffer, isHeader: HeaderTest) {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.csv') return withHeader(fromCsv(content), isHeader);
  if (extension === '.xlsx') return withHeader(await fromXlsx(content), isHeader);
  throw new BadUserInputError(`${fileName}: only .xlsx and .csv files can be imported`, {
    argument: 'fileName',
  });
}

/** A cell's text: dates as YYYY-MM-DD (what a header or a text column gets from a date cell). */
export function cellText(cell: SheetCell | undefined): string {
  if (cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell);
}

function withHeader(rows: SheetRow[], isHeader: HeaderTest): Sheet {
  const texts = (row: SheetRow) => row.cells.map((cell) => normaliseText(cellText(cell)) ?? '');
  const found = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isHeader(texts(row)));
  const at = Math.max(found, 0);
  const header = rows[at];
  return {
    headerRow: header?.rowNumber ?? 1,
    headers: header ? texts(header) : [],
    rows: rows.slice(at + 1),
  };
}

const hasContent = (cells: SheetCell[]) => cells.some((cell) => normaliseText(cellText(cell)) !== null);

function fromCsv(content: Buffer): SheetRow[] {
  let records: string[][];
  try {
    records = parse(content, { bom: true, trim: true, relax_column_count: true });
  } catch (error) {
    throw new BadUserInputError(`The CSV file could not be read: ${(error as Error).message}`, {
      argument: 'file',
    });
  }
  // Blank lines keep their number, so that a row is reported where the officer sees it.
  return records
    .map((cells, index) => ({ rowNumber: index + 1, cells }))
    .filter((row) => hasContent(row.cells));
}

async function fromXlsx(content: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new BadUserInputError(`The .xlsx file could not be read: ${(error as Error).message}`, {
      argument: 'file',
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BadUserInputError('The .xlsx file has no sheet', { argument: 'file' });
  const width = sheet.columnCount;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = Array.from({ length: width }, (_, index) => valueOf(row.getCell(index + 1)));
    if (hasContent(cells)) rows.push({ rowNumber, cells });
  });
  return rows;
}

/** Date and number cells keep their real value (not Excel's display text); formulas give their result. */
function valueOf(cell: ExcelJS.Cell): SheetCell {
  const value = cell.value;
  const result =
    value !== null && typeof value === 'object' && 'result' in value ? (value.result as unknown) : value;
  if (result instanceof Date || typeof result === 'number') return result;
  return cell.text ?? '';
}
