import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { cityContextOf } from '../drives/party';
import { unavailableCityCodes } from '../shared/partial-data';
import { FilterSelect, PartialDataNotice, QueryState } from '../shared/status';
import { useUrlState } from '../shared/url-state';
import { FollowUpTable } from './FollowUpTable';
import { NS } from './messages';
import { ProgrammeItem } from './ProgrammeItem';
import { ProgrammesQuery, ProgrammeVisitsQuery } from './programmes.operations';
import './programmes.css';

export function ProgrammesPage() {
  const { t } = useTranslation(NS);
  const [year, setYear] = useUrlState('year', '');
  const [city, setCity] = useUrlState('city', '');
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : undefined;
  const variables = { year: yearNumber, cityCode: city || undefined };
  const [{ data, fetching, error }] = useQuery({ query: ProgrammesQuery, variables });
  const [visits] = useQuery({ query: ProgrammeVisitsQuery, variables });
  const downCodes = [
    ...new Set([...unavailableCityCodes(error), ...unavailableCityCodes(visits.error)]),
  ].join(',');
  const context = useMemo(
    () => cityContextOf(downCodes ? downCodes.split(',') : [], data?.cities),
    [downCodes, data?.cities],
  );
  const years = useMemo(
    () =>
      [
        ...new Set([
          ...(data?.programmeDates ?? []).flatMap((p) => (p.startsOn ? [p.startsOn.slice(0, 4)] : [])),
          ...(year ? [year] : []),
        ]),
      ].sort((a, b) => b.localeCompare(a)),
    [data?.programmeDates, year],
  );
  const unitNames = useMemo(
    () =>
      new Map(
        (visits.data?.exchangeProgrammes ?? []).flatMap((p) =>
          p.visitedUnits.flatMap((u) => (u ? [[`${u.cityCode}/${u.id}`, u.name] as const] : [])),
        ),
      ),
    [visits.data],
  );
  // Oldest first: a timeline reads forward in time.
  const programmes = useMemo(
    () =>
      [...(data?.exchangeProgrammes ?? [])].sort((a, b) =>
        (a.startsOn ?? '').localeCompare(b.startsOn ?? ''),
      ),
    [data?.exchangeProgrammes],
  );

  return (
    <section aria-labelledby="programmes-title">
      <h1 id="programmes-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="filters" role="group" aria-label={t('common:filters')}>
        <FilterSelect
          label={t('year')}
          value={year}
          onChange={setYear}
          options={[{ value: '', label: t('allYears') }, ...years.map((y) => ({ value: y, label: y }))]}
        />
        <FilterSelect
          label={t('common:city')}
          value={city}
          onChange={setCity}
          options={[
            { value: '', label: t('common:allCities') },
            ...(data?.cities ?? []).map((c) => ({ value: c.code, label: c.name })),
            ...(city && !data?.cities.some((c) => c.code === city) ? [{ value: city, label: city }] : []),
          ]}
        />
      </div>
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        <PartialDataNotice
          error={unavailableCityCodes(error).length > 0 ? error : visits.error}
          cityName={context.cityName}
        />
        <h2>{t('timeline')}</h2>
        {programmes.length > 0 ? (
          <ol className="timeline" aria-label={t('timeline')}>
            {programmes.map((programme) => (
              <ProgrammeItem
                key={programme.id}
                programme={programme}
                context={context}
                unitName={(unit) => unitNames.get(`${unit.cityCode}/${unit.id}`)}
                namesLoading={visits.fetching}
              />
            ))}
          </ol>
        ) : (
          <p>{t('empty')}</p>
        )}
        <h2>{t('overdue')}</h2>
        {data && data.overdueFollowUps.length > 0 ? (
          <FollowUpTable title={t('overdue')} rows={data.overdueFollowUps} context={context} />
        ) : (
          <p>{t('overdueEmpty')}</p>
        )}
      </QueryState>
    </section>
  );
}
