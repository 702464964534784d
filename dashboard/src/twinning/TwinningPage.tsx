import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatNumber } from '../shared/format';
import { cityOutages } from '../shared/partial-data';
import { FilterSelect, PartialDataNotice, QueryState } from '../shared/status';
import { NS } from './messages';
import { PartnershipCard } from './PartnershipCard';
import { TwinningQuery } from './twinning.operations';
import './twinning.css';

const PAGE_SIZE = 10;

export function TwinningPage() {
  const { t } = useTranslation(NS);
  // The city and the page's cursor live in the URL (shareable, survive a reload); changing the city
  // goes back to the first page, so both are written in one update.
  const [params, setParams] = useSearchParams();
  const city = params.get('city') ?? '';
  const after = params.get('after') ?? '';
  // Cursors of the pages seen before this one, for "previous": the graph pages forward only.
  const [previous, setPrevious] = useState<string[]>([]);
  const go = (next: { city?: string; after?: string }) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [name, value] of Object.entries(next)) {
        if (value) updated.set(name, value);
        else updated.delete(name);
      }
      return updated;
    });

  const [{ data, fetching, error }] = useQuery({
    query: TwinningQuery,
    variables: { first: PAGE_SIZE, after: after || undefined, cityCode: city || undefined },
  });
  const outages = useMemo(() => cityOutages(error), [error]);
  const cityName = (code: string) => data?.cities.find((c) => c.code === code)?.name ?? code;
  const movementName = (code: string) => data?.campaigns.find((c) => c.code === code)?.name ?? code;
  const connection = data?.schoolPartnerships;

  return (
    <section aria-labelledby="twinning-title">
      <h1 id="twinning-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <div className="filters" role="group" aria-label={t('common:filters')}>
        <FilterSelect
          label={t('common:city')}
          value={city}
          onChange={(value) => {
            setPrevious([]);
            go({ city: value, after: '' });
          }}
          options={[
            { value: '', label: t('common:allCities') },
            ...(data?.cities ?? []).map((c) => ({ value: c.code, label: c.name })),
            ...(city && data && !data.cities.some((c) => c.code === city)
              ? [{ value: city, label: city }]
              : []),
          ]}
        />
      </div>
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        <PartialDataNotice error={error} cityName={cityName} />
        <p>
          {t('count', {
            count: connection?.totalCount ?? 0,
            formatted: formatNumber(connection?.totalCount ?? 0),
          })}
        </p>
        {connection && connection.edges.length > 0 ? (
          <div className="partnerships">
            {connection.edges.map((edge, index) => (
              <PartnershipCard
                key={edge.node.id}
                partnership={edge.node}
                index={index}
                outages={outages}
                cityName={cityName}
                movementName={movementName}
              />
            ))}
          </div>
        ) : (
          <p>{t('empty')}</p>
        )}
        {(after || connection?.pageInfo.hasNextPage) && (
          <nav className="pager no-print" aria-label={t('paging')}>
            <button
              type="button"
              disabled={!after}
              onClick={() => {
                go({ after: previous.at(-1) ?? '' });
                setPrevious(previous.slice(0, -1));
              }}
            >
              {previous.length > 0 || !after ? t('previous') : t('first')}
            </button>
            <button
              type="button"
              disabled={!connection?.pageInfo.hasNextPage}
              onClick={() => {
                setPrevious([...previous, after]);
                go({ after: connection?.pageInfo.endCursor ?? '' });
              }}
            >
              {t('next')}
            </button>
          </nav>
        )}
      </QueryState>
    </section>
  );
}
