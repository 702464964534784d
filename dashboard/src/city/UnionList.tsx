import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/routes';
import { type Column, DataTable } from '../shared/DataTable';
import { formatNumber } from '../shared/format';
import { unavailableCityCodes } from '../shared/partial-data';
import { CityUnavailable, QueryState } from '../shared/status';
import { useUrlState } from '../shared/url-state';
import { CityUnionListQuery } from './city.operations';
import { useEnumLabel } from './enum-messages';
import './list-messages';
import { NS } from './messages';
import type { UnionListRow } from './types';

const PAGE_SIZE = 20;

/** The city's grassroots unions, searched and paged by the graph itself (cursor by cursor). */
export function UnionList({ cityCode, cityName }: { cityCode: string; cityName: string }) {
  const { t } = useTranslation(NS);
  const [search, setSearch] = useUrlState('search', '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get('search') ?? '').trim());
  };
  return (
    <section aria-labelledby="city-unions">
      <h2 id="city-unions">{t('list.heading')}</h2>
      <form role="search" className="filters union-search" onSubmit={submit}>
        <label className="filter">
          <span>{t('list.search')}</span>
          {/* Keyed by the URL's term, so going back in history shows that search's words again. */}
          <input key={search} type="search" name="search" defaultValue={search} />
        </label>
        <button type="submit">{t('list.submit')}</button>
        {search && (
          <button type="button" onClick={() => setSearch('')}>
            {t('list.clear')}
          </button>
        )}
      </form>
      {/* A new search (or city) starts again at page 1: the cursors belong to the old list. */}
      <UnionPages key={`${cityCode}|${search}`} cityCode={cityCode} cityName={cityName} search={search} />
    </section>
  );
}

function UnionPages({ cityCode, cityName, search }: { cityCode: string; cityName: string; search: string }) {
  const { t } = useTranslation(NS);
  const label = useEnumLabel();
  // The `after` cursor of every page visited so far; the last one is the page shown.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }] = useQuery({
    query: CityUnionListQuery,
    variables: { cityCode, first: PAGE_SIZE, after: cursors.at(-1) ?? null, search: search || null },
  });
  const connection = data?.city?.grassrootsUnions;
  const rows = useMemo(() => connection?.edges.map(({ node }) => node) ?? [], [connection]);
  const columns = useMemo<Column<UnionListRow>[]>(
    () => [
      {
        id: 'name',
        header: t('list.name'),
        kind: 'text',
        value: (u) => u.name,
        render: (u) => <Link to={PATHS.grassrootsUnion(cityCode, u.id)}>{u.name}</Link>,
      },
      { id: 'school', header: t('list.school'), kind: 'text', value: (u) => u.school.name },
      {
        id: 'level',
        header: t('list.level'),
        kind: 'text',
        value: (u) => label('SchoolLevelCode', u.school.level),
      },
      { id: 'district', header: t('list.district'), kind: 'text', value: (u) => u.district?.name },
      { id: 'members', header: t('list.members'), kind: 'number', value: (u) => u.memberCount },
      { id: 'status', header: t('list.status'), kind: 'text', value: (u) => label('UnitStatus', u.status) },
    ],
    [t, label, cityCode],
  );
  const page = cursors.length;
  const pages = Math.max(1, Math.ceil((connection?.totalCount ?? 0) / PAGE_SIZE));

  if (unavailableCityCodes(error).includes(cityCode)) return <CityUnavailable city={cityName} />;
  return (
    <QueryState fetching={fetching} error={error} hasData={connection !== undefined}>
      {connection && (
        <>
          <p role="status">
            {search
              ? t('list.foundFor', { total: formatNumber(connection.totalCount), search })
              : t('list.found', { total: formatNumber(connection.totalCount) })}
          </p>
          <DataTable title={t('list.table', { page })} columns={columns} rows={rows} pageSize={PAGE_SIZE} />
          <nav className="pager no-print" aria-label={t('list.pager')}>
            <button type="button" disabled={page === 1} onClick={() => setCursors((all) => all.slice(0, -1))}>
              {t('common:table.previous')}
            </button>
            <span>{t('list.page', { page: formatNumber(page), pages: formatNumber(pages) })}</span>
            <button
              type="button"
              disabled={!connection.pageInfo.hasNextPage || fetching}
              onClick={() => setCursors((all) => [...all, connection.pageInfo.endCursor])}
            >
              {t('common:table.next')}
            </button>
          </nav>
        </>
      )}
    </QueryState>
  );
}
