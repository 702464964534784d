import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/routes';
import { Chart } from '../shared/Chart';
import { type Column, DataTable } from '../shared/DataTable';
import { formatDate, formatNumber } from '../shared/format';
import { unavailableCityCodes } from '../shared/partial-data';
import { periodOptions, usePeriodFilter } from '../shared/periods';
import { CityUnavailable, FilterSelect, NotReported, PartialDataNotice, QueryState } from '../shared/status';
import { NS } from './messages';
import { OverviewQuery } from './overview.operations';
import type { OverviewQuery as OverviewData } from '../gql/graphql';

type CityRow = OverviewData['cities'][number];

const figure = (value: number | null | undefined) =>
  value === null || value === undefined ? <NotReported /> : formatNumber(value);

export function OverviewPage() {
  const { t } = useTranslation(NS);
  const { periods, period, setPeriod, ready } = usePeriodFilter('period', 'SCHOOL_YEAR');
  const [{ data, fetching, error }] = useQuery({
    query: OverviewQuery,
    variables: { schoolYear: period },
    pause: !period,
  });
  const down = new Set(unavailableCityCodes(error));
  const cities = data?.cities ?? [];
  const nameOf = (code: string) => cities.find((city) => city.code === code)?.name ?? code;

  const columns = useMemo<Column<CityRow>[]>(
    () => [
      {
        id: 'name',
        header: t('city'),
        kind: 'text',
        value: (c) => c.name,
        render: (c) => <Link to={PATHS.city(c.code)}>{c.name}</Link>,
      },
      { id: 'union', header: t('educationUnion'), kind: 'text', value: (c) => c.educationUnion?.name },
      { id: 'chair', header: t('chair'), kind: 'text', value: (c) => c.educationUnion?.chair?.fullName },
      { id: 'units', header: t('grassrootsUnions'), kind: 'number', value: (c) => c.grassrootsUnionCount },
      { id: 'members', header: t('members'), kind: 'number', value: (c) => c.memberCount },
      {
        id: 'initiatives',
        header: t('initiatives'),
        kind: 'number',
        value: (c) => c.stats?.initiatives,
        emptyText: t('common:notReported'),
      },
      { id: 'joined', header: t('joinedOn'), kind: 'date', value: (c) => c.joinedOn },
    ],
    [t],
  );
  const chartOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => formatNumber(value) },
      grid: { left: 80, right: 24, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: cities.map((c) => c.name) },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatNumber(value) } },
      series: [
        {
          type: 'bar',
          name: t('members'),
          data: cities.map((c) => c.memberCount ?? null),
          label: {
            show: true,
            position: 'top',
            formatter: ({ value }: { value: number }) => formatNumber(value),
          },
        },
      ],
    }),
    [cities, t],
  );

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('title')}</h1>
      <div className="filters">
        <FilterSelect
          label={t('common:period')}
          value={period}
          onChange={setPeriod}
          options={periodOptions(periods, period)}
        />
      </div>
      <p>{t('intro', { period })}</p>
      <QueryState fetching={fetching || !ready} error={error} hasData={data !== undefined}>
        <PartialDataNotice error={error} cityName={nameOf} />
        <div className="cards">
          {cities.map((city) => (
            <article
              key={city.code}
              className="card"
              aria-labelledby={`city-${city.code}`}
              data-city={city.code}
            >
              <h2 id={`city-${city.code}`}>
                <Link to={PATHS.city(city.code)} aria-label={t('openCity', { city: city.name })}>
                  {city.name}
                </Link>{' '}
                <span className={down.has(city.code) ? 'badge down' : 'badge'}>
                  {down.has(city.code) ? t('unavailable') : t('available')}
                </span>
              </h2>
              {down.has(city.code) ? (
                <CityUnavailable city={city.name} />
              ) : (
                <>
                  <p>
                    {city.educationUnion?.name}
                    <br />
                    {t('chair')}: <strong>{city.educationUnion?.chair?.fullName ?? '—'}</strong>
                  </p>
                  <dl className="figures">
                    <div>
                      <dt>{t('grassrootsUnions')}</dt>
                      <dd>{figure(city.grassrootsUnionCount)}</dd>
                    </div>
                    <div>
                      <dt>{t('members')}</dt>
                      <dd>{figure(city.memberCount)}</dd>
                    </div>
                  </dl>
                  <h3>{t('keyFigures', { period })}</h3>
                  {city.stats ? (
                    <dl className="figures">
                      <div>
                        <dt>{t('reportingUnions')}</dt>
                        <dd>{formatNumber(city.stats.grassrootsUnions)}</dd>
                      </div>
                      <div>
                        <dt>{t('reportedMembers')}</dt>
                        <dd>{formatNumber(city.stats.members)}</dd>
                      </div>
                      <div>
                        <dt>{t('initiatives')}</dt>
                        <dd>{formatNumber(city.stats.initiatives)}</dd>
                      </div>
                      <div>
                        <dt>{t('awards')}</dt>
                        <dd>{formatNumber(city.stats.awards.reduce((sum, a) => sum + a.recipients, 0))}</dd>
                      </div>
                      <div>
                        <dt>{t('trainings')}</dt>
                        <dd>{formatNumber(city.stats.trainings.classes)}</dd>
                      </div>
                      <div>
                        <dt>{t('campaignResults')}</dt>
                        <dd>{formatNumber(city.stats.campaignResults)}</dd>
                      </div>
                    </dl>
                  ) : (
                    <NotReported />
                  )}
                  <p className="muted">
                    {t('joinedOn')}: {formatDate(city.joinedOn)}
                  </p>
                </>
              )}
            </article>
          ))}
        </div>
        <Chart title={t('membersChart')} option={chartOption} height={260} />
        <h2>{t('table')}</h2>
        <DataTable title={t('table')} columns={columns} rows={cities} initialSort={{ id: 'name' }} />
      </QueryState>
    </section>
  );
}
