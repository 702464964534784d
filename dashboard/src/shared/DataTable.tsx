import {
  type ColumnDef,
  type SortingState,
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
} from '@tanstack/react-table';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareText, formatDate, formatMoney, formatNumber, formatPercent } from './format';
import { type CellKind, type ExportValue, exportTableToXlsx } from './table-export';

export interface Column<Row> {
  id: string;
  header: string;
  kind: CellKind;
  /** The raw value: what sorting and the spreadsheet use. */
  value: (row: Row) => ExportValue;
  /** What the cell shows, when more than the formatted value (a link, a badge). */
  render?: (row: Row) => ReactNode;
  /** Shown for a missing value, e.g. "chưa báo cáo"; "—" otherwise. */
  emptyText?: string;
}

export interface DataTableProps<Row> {
  title: string;
  columns: Column<Row>[];
  rows: Row[];
  pageSize?: number;
  initialSort?: { id: string; desc?: boolean };
}

const formatted = (kind: CellKind, value: ExportValue) => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return kind === 'date' ? formatDate(value) : value;
  if (kind === 'money') return formatMoney(value);
  if (kind === 'percent') return formatPercent(value);
  return formatNumber(value, 2);
};

// Missing values sort last in both directions' natural reading; text in Vietnamese order.
const compareValues = (a: ExportValue, b: ExportValue) => {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b));
};

/** A sortable, paged table with an .xlsx export of all its rows (not only the page shown). */
export function DataTable<Row>({ title, columns, rows, pageSize = 20, initialSort }: DataTableProps<Row>) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initialSort ? [{ desc: false, ...initialSort }] : []);
  const definitions = useMemo<ColumnDef<Row, ExportValue>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        accessorFn: column.value,
        sortingFn: (a, b, id) => compareValues(a.getValue(id), b.getValue(id)),
        sortUndefined: 'last',
        cell: ({ row }) =>
          column.render?.(row.original) ??
          formatted(column.kind, column.value(row.original)) ??
          column.emptyText ??
          '—',
        meta: { kind: column.kind },
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: definitions,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize } },
  });
  const exportRows = () =>
    exportTableToXlsx(
      title,
      columns.map(({ header, kind }) => ({ header, kind })),
      table.getSortedRowModel().rows.map((row) => columns.map((column) => column.value(row.original))),
    );
  const { pageIndex } = table.getState().pagination;
  const pages = Math.max(1, table.getPageCount());
  return (
    <div className="data-table">
      <div className="table-toolbar">
        <span>{t('table.rows', { count: rows.length })}</span>
        <button type="button" className="no-print" onClick={() => void exportRows()}>
          {t('table.exportXlsx')}
        </button>
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('table.caption', { title })}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const kind = (header.column.columnDef.meta as { kind: CellKind }).kind;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={kind === 'text' ? undefined : 'numeric'}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('table.sortBy', { column: String(header.column.columnDef.header) })}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={
                      (cell.column.columnDef.meta as { kind: CellKind }).kind === 'text'
                        ? undefined
                        : 'numeric'
                    }
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length}>{t('table.empty')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="pager no-print" aria-label={t('table.page', { page: pageIndex + 1, pages })}>
          <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            {t('table.previous')}
          </button>
          <span>{t('table.page', { page: pageIndex + 1, pages })}</span>
          <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            {t('table.next')}
          </button>
          <label>
            {t('table.pageSize')}{' '}
            <select
              value={table.getState().pagination.pageSize}
              onChange={(e) => table.setPageSize(Number(e.target.value))}
            >
              {[10, 20, 50, 100].map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
        </nav>
      )}
    </div>
  );
}
