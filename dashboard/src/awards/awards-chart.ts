import type { TFunction } from 'i18next';
import { formatNumber } from '../shared/format';
import { type AwardCity, type AwardRow, recipientsOf } from './awards-model';

/** Lines of the table as horizontal groups, one bar per city; a missing city is named in the legend only. */
export function awardsChartOption(t: TFunction, rows: AwardRow[], cities: AwardCity[]) {
  // Bottom to top in ECharts' category axis: reversed so the chart reads in the table's order.
  const lines = [...rows].reverse();
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: number) => formatNumber(value),
    },
    legend: { top: 0 },
    grid: { left: 8, right: 48, top: 32, bottom: 24, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumber(value) } },
    yAxis: {
      type: 'category',
      data: lines.map((row) =>
        t('chartLine', {
          kind: t(`kind.${row.kind}`),
          issuer: t(`issuer.${row.issuerLevel}`),
          recipient: t(`recipient.${row.recipientType}`),
        }),
      ),
    },
    series: cities.map((city) => ({
      type: 'bar',
      name: city.status === 'unavailable' ? t('legendUnavailable', { city: city.name }) : city.name,
      // '-' is "no value" for ECharts: a city that did not report gets no bar rather than a 0.
      data: lines.map((row) => recipientsOf(row, city) ?? '-'),
      label: {
        show: true,
        position: 'right',
        formatter: ({ value }: { value: number | string }) =>
          typeof value === 'number' && value > 0 ? formatNumber(value) : '',
      },
    })),
  };
}
