import { localDateToUtc } from './format';
import { downloadBlob, fileNameOf } from './download';

export type CellKind = 'text' | 'number' | 'money' | 'percent' | 'date';

export interface ExportColumn {
  header: string;
  kind: CellKind;
}

export type ExportValue = string | number | null | undefined;

const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  number: '#,##0.##',
  money: '#,##0 "₫"',
  percent: '0.0"%"',
  date: 'dd/mm/yyyy',
};

/**
 * One table as .xlsx through ExcelJS (loaded only when asked): Vietnamese headers as shown,
 * numbers as numbers and dates as real dates, so the sheet can be summed and sorted.
 */
export async function exportTableToXlsx(title: string, columns: ExportColumn[], rows: ExportValue[][]) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trung tâm hợp tác Công đoàn Giáo dục';
  const sheet = workbook.addWorksheet(title.slice(0, 31).replace(/[*?:\\/[\]]/g, ' '));
  sheet.addRow(columns.map(({ header }) => header)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      row.map((value, index) =>
        columns[index]!.kind === 'date' && typeof value === 'string' && value
          ? localDateToUtc(value)
          : (value ?? null),
      ),
    );
  }
  columns.forEach(({ kind, header }, index) => {
    const column = sheet.getColumn(index + 1);
    const numberFormat = NUMBER_FORMATS[kind];
    if (numberFormat) column.numFmt = numberFormat;
    column.width = Math.min(60, Math.max(12, header.length + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  downloadBlob(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    fileNameOf(title, 'xlsx'),
  );
}
