import type { TFunction } from 'i18next';
import { CityUnavailable } from '../shared/status';
import { formatChange } from './chart-options';
import type { Column } from '../shared/DataTable';
import type { FigureRow, Figures, IndicatorRow } from './comparison-model';

// A missing city's cells say where its data would be instead of "chưa báo cáo": nobody knows yet.
const unavailableDash = (row: { city: { status: string } }) =>
  row.city.status === 'unavailable' ? '—' : undefined;

/** City × indicator: value, rank (provisional when the comparison is incomplete), gap and change. */
export function indicatorColumns(
  t: TFunction,
  provisional: boolean,
  previousPeriod: string,
): Column<IndicatorRow>[] {
  const notReported = t('common:notReported');
  return [
    {
      id: 'indicator',
      header: t('col.indicator'),
      kind: 'text',
      value: (row) => t(`indicator.${row.indicator}`),
    },
    { id: 'city', header: t('col.city'), kind: 'text', value: (row) => row.city.name },
    {
      id: 'value',
      header: t('col.value'),
      kind: 'number',
      value: (row) => row.figure?.value,
      emptyText: notReported,
      render: (row) =>
        row.city.status === 'unavailable' ? <CityUnavailable city={row.city.name} /> : undefined,
    },
    {
      id: 'rank',
      header: provisional ? t('col.rankProvisional') : t('col.rank'),
      kind: 'number',
      value: (row) => row.figure?.rank,
    },
    { id: 'gap', header: t('col.gap'), kind: 'number', value: (row) => row.figure?.gapToLeader },
    {
      id: 'previous',
      header: t('col.previous', { period: previousPeriod }),
      kind: 'number',
      value: (row) => row.figure?.previousValue,
      emptyText: notReported,
      render: unavailableDash,
    },
    {
      id: 'change',
      header: t('col.change'),
      kind: 'number',
      value: (row) => row.figure?.change,
      // A change reads with its sign (+1,45 / −12); the spreadsheet keeps the plain number.
      render: (row) => (typeof row.figure?.change === 'number' ? formatChange(row.figure.change) : undefined),
    },
  ];
}

const FIGURES = [
  'members',
  'participants',
  'participatingUnits',
  'initiativesSubmitted',
  'initiativesGraded',
  'initiativesGradeA',
  'target',
  'achievementPercent',
  'collectivesCommended',
  'individualsCommended',
] as const satisfies readonly (keyof Figures)[];

export const statusOf = (row: FigureRow) =>
  row.city.status === 'unavailable' ? 'unavailable' : row.figures?.reported ? 'reported' : 'notReported';

/** The figures as the cities reported them, for this edition and the one before. */
export function figureColumns(t: TFunction): Column<FigureRow>[] {
  const notReported = t('common:notReported');
  return [
    { id: 'city', header: t('col.city'), kind: 'text', value: (row) => row.city.name },
    { id: 'period', header: t('col.period'), kind: 'text', value: (row) => row.period },
    {
      id: 'status',
      header: t('col.status'),
      kind: 'text',
      value: (row) => t(`status.${statusOf(row)}`),
      render: (row) =>
        row.city.status === 'unavailable' ? <CityUnavailable city={row.city.name} /> : undefined,
    },
    ...FIGURES.map((field): Column<FigureRow> => ({
      id: field,
      header: t(`col.${field}`),
      kind: 'number',
      value: (row) => row.figures?.[field],
      emptyText: notReported,
      render: unavailableDash,
    })),
  ];
}
