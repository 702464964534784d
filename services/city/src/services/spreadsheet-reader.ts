import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadUserInputError } from '../../../shared/src/errors';
import { normaliseText } from '../../../shared/src/input-text';

export interface SheetRow {
  /** The row number as a spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  cells: string[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

/**
 * The first sheet of an .xlsx file, or a UTF-8 .csv file (a BOM is fine): headers normalised (NFC,
 * trimmed), cells as written; each cell is checked by its column's rule (import-columns.ts).
 */
export async function readSpreadsheet(fileName: string, content: Buffer): Promise<Sheet> {
  const extension = extname(fileName).toLowerCase();
  if (extension === '.csv') return fromCsv(content);
  if (extension === '.xlsx') return fromXlsx(content);
  throw new BadUserInputError(`${fileName}: only .xlsx and .csv files can be imported`, {
    argument: 'fileName',
  });
}

function fromCsv(content: Buffer): Sheet {
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    throw new BadUserInputError(`The CSV file could not be read: ${(error as Error).message}`, {
      argument: 'file',
    });
  }
  const [headers = [], ...rest] = records;
  return {
    headers: headers.map(headerText),
    rows: rest.map((cells, index) => ({ rowNumber: index + 2, cells })),
  };
}

async function fromXlsx(content: Buffer): Promise<Sheet> {
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
  const textOf = (row: ExcelJS.Row, column: number) => row.getCell(column).text;
  const width = sheet.getRow(1).cellCount;
  const headers = Array.from({ length: width }, (_, index) => headerText(textOf(sheet.getRow(1), index + 1)));
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = Array.from({ length: width }, (_, index) => textOf(row, index + 1));
    if (cells.some((cell) => normaliseText(cell) !== null)) rows.push({ rowNumber, cells });
  });
  return { headers, rows };
}

const headerText = (header: string) => normaliseText(header) ?? '';
