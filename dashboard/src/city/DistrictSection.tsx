import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../shared/Chart';
import { type Column, DataTable } from '../shared/DataTable';
import { compareText, formatNumber } from '../shared/format';
import { useEnumLabel } from './enum-messages';
import { NS } from './messages';
import type { DistrictRow, FederationRow } from './types';

/**
 * The year's figures district by district (the graph has no finer breakdown, e.g. by commune), and
 * the district labour federations that managed school unions before the 2025 reorganisation.
 */
export function DistrictSection({
  districts,
  federations,
  schoolYear,
}: {
  districts: DistrictRow[];
  federations: FederationRow[];
  schoolYear: string;
}) {
  const { t } = useTranslation(NS);
  const label = useEnumLabel();
  const columns = useMemo<Column<DistrictRow>[]>(
    () => [
      {
        id: 'district',
        header: t('districts.district'),
        kind: 'text',
        value: (r) => r.district?.name ?? t('districts.none'),
      },
      {
        id: 'kind',
        header: t('districts.kind'),
        kind: 'text',
        value: (r) => label('DistrictKind', r.district?.kind),
      },
      { id: 'until', header: t('districts.until'), kind: 'date', value: (r) => r.district?.validTo },
      { id: 'unions', header: t('districts.unions'), kind: 'number', value: (r) => r.grassrootsUnions },
      { id: 'members', header: t('districts.members'), kind: 'number', value: (r) => r.members },
      { id: 'initiatives', header: t('districts.initiatives'), kind: 'number', value: (r) => r.initiatives },
    ],
    [t, label],
  );
  const federationColumns = useMemo<Column<FederationRow>[]>(
    () => [
      { id: 'name', header: t('districts.federation'), kind: 'text', value: (f) => f.name },
      { id: 'district', header: t('districts.district'), kind: 'text', value: (f) => f.district?.name },
      {
        id: 'chair',
        header: t('districts.chair'),
        kind: 'text',
        value: (f) => f.leaders.find((leader) => leader.isCurrent)?.fullName ?? f.leaders[0]?.fullName,
      },
      { id: 'unions', header: t('districts.unions'), kind: 'number', value: (f) => f.grassrootsUnionCount },
      { id: 'members', header: t('districts.members'), kind: 'number', value: (f) => f.memberCount },
      {
        id: 'status',
        header: t('districts.status'),
        kind: 'text',
        value: (f) => label('UnitStatus', f.status),
      },
      { id: 'until', header: t('districts.until'), kind: 'date', value: (f) => f.validTo },
    ],
    [t, label],
  );
  const option = useMemo(() => {
    const nameOf = (row: DistrictRow) => row.district?.name ?? t('districts.none');
    // Biggest first (at the top), so the eye finds the districts that weigh most.
    const ordered = [...districts].sort((a, b) => a.members - b.members || compareText(nameOf(b), nameOf(a)));
    return {
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatNumber(value) },
      legend: { top: 0 },
      grid: { left: 120, right: 48, top: 32, bottom: 24 },
      xAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumber(value) } },
      yAxis: { type: 'category', data: ordered.map(nameOf) },
      series: [
        { type: 'bar', name: t('districts.members'), data: ordered.map((r) => r.members) },
        { type: 'bar', name: t('districts.initiatives'), data: ordered.map((r) => r.initiatives) },
      ],
    };
  }, [districts, t]);
  return (
    <section aria-labelledby="city-districts">
      <h2 id="city-districts">{t('districts.heading')}</h2>
      <DataTable
        title={t('districts.table', { schoolYear })}
        columns={columns}
        rows={districts}
        initialSort={{ id: 'district' }}
        pageSize={50}
      />
      {districts.length > 0 && (
        <Chart
          title={t('districts.chart', { schoolYear })}
          option={option}
          height={Math.max(240, 64 + districts.length * 26)}
        />
      )}
      {federations.length > 0 && (
        <>
          <h3>{t('districts.federations')}</h3>
          <DataTable title={t('districts.federations')} columns={federationColumns} rows={federations} />
        </>
      )}
    </section>
  );
}
