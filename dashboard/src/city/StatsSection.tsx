import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../shared/Chart';
import { type Column, DataTable } from '../shared/DataTable';
import { formatNumber } from '../shared/format';
import { NotReported } from '../shared/status';
import { NS } from './messages';
import type { CityStatsData } from './types';

type GradeRow = CityStatsData['initiativesByGrade'][number];

/** The year's figures as the city computes them, and its initiatives by grade (chart and table). */
export function StatsSection({ stats, schoolYear }: { stats: CityStatsData | null; schoolYear: string }) {
  const { t } = useTranslation(NS);
  const grades = useMemo(() => stats?.initiativesByGrade ?? [], [stats]);
  const columns = useMemo<Column<GradeRow>[]>(
    () => [
      {
        id: 'grade',
        header: t('stats.grade'),
        kind: 'text',
        value: (g) => (g.grade ? t('stats.gradeName', { grade: g.grade }) : t('stats.ungraded')),
      },
      { id: 'count', header: t('stats.count'), kind: 'number', value: (g) => g.count },
    ],
    [t],
  );
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatNumber(value) },
      grid: { left: 64, right: 24, top: 32, bottom: 32 },
      xAxis: {
        type: 'category',
        data: grades.map((g) => (g.grade ? t('stats.gradeName', { grade: g.grade }) : t('stats.ungraded'))),
      },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumber(value) } },
      series: [
        {
          type: 'bar',
          name: t('stats.count'),
          data: grades.map((g) => g.count),
          label: {
            show: true,
            position: 'top',
            formatter: ({ value }: { value: number }) => formatNumber(value),
          },
        },
      ],
    }),
    [grades, t],
  );

  // No union reported membership that year: the city has not reported the year at all.
  if (!stats || stats.grassrootsUnions === 0) {
    return (
      <section aria-labelledby="city-stats">
        <h2 id="city-stats">{t('stats.heading', { schoolYear })}</h2>
        <p>
          <NotReported />
        </p>
      </section>
    );
  }
  const awardRecipients = stats.awards.reduce((sum, award) => sum + award.recipients, 0);
  const figures: [string, string, number][] = [
    ['reporting-unions', t('stats.reportingUnions'), stats.grassrootsUnions],
    ['members', t('stats.members'), stats.members],
    ['initiatives', t('stats.initiatives'), stats.initiatives],
    ['award-recipients', t('stats.awardRecipients'), awardRecipients],
    ['training-classes', t('stats.trainingClasses'), stats.trainings.classes],
    ['training-attendances', t('stats.trainingAttendances'), stats.trainings.attendances],
    ['campaign-results', t('stats.campaignResults'), stats.campaignResults],
  ];
  return (
    <section aria-labelledby="city-stats">
      <h2 id="city-stats">{t('stats.heading', { schoolYear })}</h2>
      <dl className="figures">
        {figures.map(([id, label, value]) => (
          <div key={id}>
            <dt>{label}</dt>
            {/* The graph counts records: none recorded for the year reads "not reported", never 0. */}
            <dd data-figure={id}>{value === 0 ? <NotReported /> : formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {grades.length > 0 && (
        <div className="charts city-charts">
          <Chart title={t('stats.gradeChart', { schoolYear })} option={option} height={260} />
          <div>
            <h3>{t('stats.gradeTable')}</h3>
            <DataTable title={t('stats.gradeChart', { schoolYear })} columns={columns} rows={grades} />
          </div>
        </div>
      )}
    </section>
  );
}
