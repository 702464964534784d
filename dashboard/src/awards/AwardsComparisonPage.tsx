import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart } from '../shared/Chart';
import { DataTable } from '../shared/DataTable';
import { unavailableCityCodes } from '../shared/partial-data';
import { periodOptions, usePeriodFilter } from '../shared/periods';
import { CompletenessNotice, FilterSelect, QueryState } from '../shared/status';
import { awardColumns } from './award-columns';
import { awardsChartOption } from './awards-chart';
import { awardCities, sortedRows } from './awards-model';
import { AwardsComparisonQuery } from './awards.operations';
import { NS } from './messages';

export function AwardsComparisonPage() {
  const { t } = useTranslation(NS);
  const { periods, period, setPeriod, ready } = usePeriodFilter('period', 'SCHOOL_YEAR');
  const [{ data, fetching, error }] = useQuery({
    query: AwardsComparisonQuery,
    variables: { period },
    pause: !period,
  });
  const awardPeriod = data?.awardPeriod;
  const cityList = useMemo(() => data?.cities ?? [], [data]);
  const unavailableKey = unavailableCityCodes(error).join(',');
  const cities = useMemo(
    () =>
      awardPeriod ? awardCities(awardPeriod, cityList, unavailableKey ? unavailableKey.split(',') : []) : [],
    [awardPeriod, cityList, unavailableKey],
  );
  const rows = useMemo(() => sortedRows(awardPeriod?.comparison.rows ?? []), [awardPeriod]);
  const columns = useMemo(() => awardColumns(t, cities), [t, cities]);
  const chartOption = useMemo(() => awardsChartOption(t, rows, cities), [t, rows, cities]);
  const missing = cities.filter((city) => city.status === 'unavailable');
  const incomplete = awardPeriod !== undefined && (!awardPeriod.comparison.complete || missing.length > 0);
  const tableTitle = t('table', { period });

  return (
    <section aria-labelledby="awards-title">
      <h1 id="awards-title">{t('title')}</h1>
      <div className="filters no-print">
        <FilterSelect
          label={t('common:period')}
          value={period}
          onChange={setPeriod}
          options={periodOptions(periods, period)}
        />
      </div>
      <p>{t('intro', { period })}</p>
      <QueryState fetching={fetching || !ready} error={error} hasData={data !== undefined}>
        <CompletenessNotice
          complete={!incomplete}
          text={
            incomplete
              ? t('incomplete', { cities: missing.map((city) => city.name).join(', ') })
              : t('complete')
          }
          missingCodes={missing.map((city) => city.code)}
          error={error}
          cityName={(code) => cityList.find((c) => c.code === code)?.name ?? code}
        />
        <div className="actions no-print">
          <button type="button" onClick={() => window.print()}>
            {t('common:print')}
          </button>
        </div>
        {rows.length === 0 ? (
          <p role="status">{t('noAwards', { period })}</p>
        ) : (
          <Chart
            title={t('chart', { period })}
            option={chartOption}
            height={Math.max(240, 64 + rows.length * 44)}
          />
        )}
        <h2>{tableTitle}</h2>
        <DataTable title={tableTitle} columns={columns} rows={rows} pageSize={50} />
      </QueryState>
    </section>
  );
}
