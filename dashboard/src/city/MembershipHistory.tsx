import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../shared/Chart';
import { type Column, DataTable } from '../shared/DataTable';
import { formatNumber } from '../shared/format';
import { NS } from './messages';
import type { UnitData } from './types';

type YearRow = UnitData['membershipHistory'][number];

/** Members as reported each school year: the trend as a chart, the figures as a table. */
export function MembershipHistory({ unit }: { unit: UnitData }) {
  const { t } = useTranslation(NS);
  const years = unit.membershipHistory;
  const columns = useMemo<Column<YearRow>[]>(
    () => [
      { id: 'schoolYear', header: t('unit.schoolYear'), kind: 'text', value: (y) => y.schoolYear },
      { id: 'members', header: t('unit.members'), kind: 'number', value: (y) => y.members },
    ],
    [t],
  );
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatNumber(value) },
      grid: { left: 64, right: 24, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: years.map((y) => y.schoolYear) },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { formatter: (value: number) => formatNumber(value) },
      },
      series: [
        {
          type: 'bar',
          name: t('unit.members'),
          data: years.map((y) => y.members),
          label: {
            show: true,
            position: 'top',
            formatter: ({ value }: { value: number }) => formatNumber(value),
          },
        },
      ],
    }),
    [years, t],
  );
  return (
    <section aria-labelledby="unit-history">
      <h2 id="unit-history">{t('unit.history')}</h2>
      <div className="charts city-charts">
        {years.length > 0 && (
          <Chart title={t('unit.historyChart', { unit: unit.name })} option={option} height={240} />
        )}
        <DataTable
          title={t('unit.historyChart', { unit: unit.name })}
          columns={columns}
          rows={years}
          initialSort={{ id: 'schoolYear' }}
        />
      </div>
    </section>
  );
}
