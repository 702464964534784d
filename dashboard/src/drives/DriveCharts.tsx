import { type MutableRefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriveQuery as DriveData } from '../gql/graphql';
import { Chart, type ChartInstance } from '../shared/Chart';
import { formatMoney } from '../shared/format';
import { NS } from './messages';
import { type CityContext, partyText } from './party';

export type Drive = NonNullable<DriveData['scholarshipDrive']>;

const moneyLabel = {
  show: true,
  position: 'right',
  formatter: ({ value }: { value: number }) => formatMoney(value),
};
const moneyAxis = { type: 'value', axisLabel: { formatter: (value: number) => formatMoney(value) } };

/** Target, pledged, received, awarded and disbursed side by side: how far the drive has come. */
export function ProgressChart({
  drive,
  instanceRef,
}: {
  drive: Drive;
  instanceRef: MutableRefObject<ChartInstance | null>;
}) {
  const { t } = useTranslation(NS);
  const option = useMemo(() => {
    const steps = ['target', 'pledged', 'received', 'awarded', 'disbursed'] as const;
    return {
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatMoney(value) },
      grid: { left: 110, right: 130, top: 16, bottom: 32 },
      yAxis: { type: 'category', inverse: true, data: steps.map((step) => t(step)) },
      xAxis: { ...moneyAxis, max: Math.max(drive.totals.target, drive.totals.pledged) },
      series: [
        {
          type: 'bar',
          name: t('progressChart'),
          data: steps.map((step) => drive.totals[step]),
          label: moneyLabel,
          itemStyle: { color: '#0b5cad' },
        },
      ],
    };
  }, [drive, t]);
  return <Chart title={t('progressChart')} option={option} height={260} instanceRef={instanceRef} />;
}

/** Two money series over the drive's parties (sponsors or beneficiaries). */
function PartyBars({
  title,
  rows,
  series,
  context,
}: {
  title: string;
  rows: { party: Parameters<typeof partyText>[0] }[];
  series: { name: string; values: number[] }[];
  context: CityContext;
}) {
  const { t } = useTranslation(NS);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatMoney(value) },
      legend: { bottom: 0 },
      grid: { left: 16, right: 130, top: 16, bottom: 40, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: rows.map((row) => partyText(row.party, context, t)) },
      xAxis: moneyAxis,
      series: series.map(({ name, values }) => ({ type: 'bar', name, data: values, label: moneyLabel })),
    }),
    [rows, series, context, t],
  );
  return <Chart title={title} option={option} height={Math.max(200, 90 * rows.length + 80)} />;
}

export function SponsorChart({ drive, context }: { drive: Drive; context: CityContext }) {
  const { t } = useTranslation(NS);
  const rows = drive.sponsorProgress;
  const series = useMemo(
    () => [
      { name: t('pledged'), values: rows.map((row) => row.pledged) },
      { name: t('received'), values: rows.map((row) => row.received) },
    ],
    [rows, t],
  );
  return <PartyBars title={t('sponsorsChart')} rows={rows} series={series} context={context} />;
}

export function BeneficiaryChart({ drive, context }: { drive: Drive; context: CityContext }) {
  const { t } = useTranslation(NS);
  const rows = drive.beneficiaryProgress;
  const series = useMemo(
    () => [
      { name: t('awarded'), values: rows.map((row) => row.awarded) },
      { name: t('disbursed'), values: rows.map((row) => row.disbursed) },
    ],
    [rows, t],
  );
  return <PartyBars title={t('beneficiariesChart')} rows={rows} series={series} context={context} />;
}
