import type { TFunction } from 'i18next';
import type { Column } from '../shared/DataTable';
import { formatDate, formatPercent } from '../shared/format';
import { exportReportToPdf, type PdfTable } from '../shared/pdf-export';
import type { ChartInstance } from '../shared/Chart';
import { formatChange, formatFigure } from './chart-options';
import { type CityEntry, type FigureRow, INDICATORS, type IndicatorRow } from './comparison-model';

/** A table for the PDF from the same columns the page shows, each cell as the page writes it. */
function pdfTableOf<Row>(
  heading: string,
  columns: Column<Row>[],
  rows: Row[],
  missing: (row: Row) => string | undefined,
): PdfTable {
  return {
    heading,
    headers: columns.map((column) => column.header),
    rows: rows.map((row) => columns.map((column) => cellText(column, row, missing))),
    numericColumns: columns.flatMap((column, index) => (column.kind === 'text' ? [] : [index])),
  };
}

function cellText<Row>(column: Column<Row>, row: Row, missing: (row: Row) => string | undefined) {
  const value = column.value(row);
  if (value === null || value === undefined || value === '') return missing(row) ?? column.emptyText ?? '—';
  if (typeof value === 'string') return column.kind === 'date' ? formatDate(value) : value;
  if (column.id === 'change') return formatChange(value);
  return column.kind === 'percent' ? formatPercent(value) : formatFigure(value);
}

interface TablesInput {
  t: TFunction;
  indicatorColumns: Column<IndicatorRow>[];
  indicatorRows: IndicatorRow[];
  figureColumns: Column<FigureRow>[];
  figureRows: FigureRow[];
  figureTitle: string;
}

/**
 * The page's tables laid out for A4 portrait: one small table per indicator (city first, so names
 * never wrap), and the raw figures turned a quarter (one column per city and edition).
 */
export function comparisonPdfTables({
  t,
  indicatorColumns,
  indicatorRows,
  figureColumns,
  figureRows,
  figureTitle,
}: TablesInput) {
  const missing = (row: { city: CityEntry }) =>
    row.city.status === 'unavailable' ? t('common:cityUnavailable', { city: row.city.name }) : undefined;
  const cityFirst = indicatorColumns.filter((column) => column.id !== 'indicator');
  const perIndicator = INDICATORS.map((indicator) =>
    pdfTableOf(
      t(`indicator.${indicator}`),
      cityFirst,
      indicatorRows.filter((row) => row.indicator === indicator),
      missing,
    ),
  );
  const [cityColumn, periodColumn, ...figures] = figureColumns;
  const turned: PdfTable = {
    heading: figureTitle,
    headers: [
      '',
      ...figureRows.map(
        (row) => `${cellText(cityColumn!, row, missing)} · ${cellText(periodColumn!, row, missing)}`,
      ),
    ],
    rows: figures.map((column) => [
      column.header,
      ...figureRows.map((row) => cellText(column, row, missing)),
    ]),
    numericColumns: figureRows.map((_, index) => index + 1),
  };
  return [...perIndicator, turned];
}

export interface ComparisonReport {
  t: TFunction;
  campaignName: string;
  period: string;
  previousPeriod: string;
  /** What the figures are made of, exactly as the page says it (comparisonBasisLines). */
  basis: string[];
  /** The completeness note, exactly as the page's banner says it. */
  completeness: string;
  charts: { caption: string; chart: ChartInstance | null }[];
  tables: PdfTable[];
}

/** The comparison as an A4 report: title, campaign, period, completeness, the charts' pictures, the tables. */
export async function exportComparisonPdf({
  t,
  campaignName,
  period,
  previousPeriod,
  basis,
  completeness,
  charts,
  tables,
}: ComparisonReport) {
  const today = new Date();
  const localDate = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await exportReportToPdf({
    title: t('pdfTitle', { campaign: campaignName }),
    subtitle: t('pdfSubtitle', { period, previousPeriod }),
    notes: [...basis, completeness],
    images: charts.flatMap(({ caption, chart }) =>
      chart
        ? [{ caption, dataUrl: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) }]
        : [],
    ),
    tables,
    footer: t('common:generatedAt', { date: formatDate(localDate) }),
  });
}
