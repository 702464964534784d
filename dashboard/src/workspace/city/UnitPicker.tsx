import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { CityWorkUnitsQuery } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { Pager, TextInput } from './controls';
import { NS } from './messages';
import { UnitSearchQuery } from './units.operations';
import { usePages } from './use-pages';

export type FoundUnit = NonNullable<
  NonNullable<CityWorkUnitsQuery['city']>['grassrootsUnions']
>['edges'][number]['node'];

/** Finds a grassroots union of the city by name, a page at a time, and hands the chosen one back. */
export function UnitPicker({
  cityCode,
  label,
  onPick,
  error,
}: {
  cityCode: string;
  label: string;
  onPick: (unit: FoundUnit) => void;
  error?: string;
}) {
  const { t } = useTranslation(NS);
  const [search, setSearch] = useState('');
  const pages = usePages(search.trim());
  const context = useMemo(() => ({ additionalTypenames: ['GrassrootsUnion'] }), []);
  const [{ data, fetching }] = useQuery({
    query: UnitSearchQuery,
    variables: { cityCode, search: search.trim() || undefined, after: pages.after },
    context,
  });
  const connection = data?.city?.grassrootsUnions;
  const tableId = useId();
  return (
    <div className="unit-picker">
      <TextInput
        label={label}
        hint={t('unit.searchHint')}
        value={search}
        onChange={setSearch}
        error={error}
      />
      {fetching && !data && <p role="status">{t('loading')}</p>}
      {connection && (
        <>
          <table className="city-work-table" aria-labelledby={tableId}>
            <caption id={tableId}>
              {t('unit.found')}: {label}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('unit.name')}</th>
                <th scope="col">{t('unit.district')}</th>
                <th scope="col">{t('unit.status')}</th>
                <th scope="col">{t('unit.memberCount')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('unit.pick')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.name}</td>
                  <td>{node.district?.name ?? ''}</td>
                  <td>{t(`unit.statuses.${node.status}`)}</td>
                  <td>{formatNumber(node.memberCount)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('unit.pickNamed', { name: node.name })}
                      onClick={() => onPick(node)}
                    >
                      {t('unit.pick')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            label={t('unit.found')}
            totalCount={connection.totalCount}
            hasPrevious={pages.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(connection.pageInfo.endCursor)}
          />
        </>
      )}
    </div>
  );
}

/**
 * A unit a record may name: the chosen one with a way to drop it, or the picker. One control for
 * every form that takes an optional unit (award decisions, initiatives).
 */
export function OptionalUnit({
  cityCode,
  unit,
  onChange,
  error,
}: {
  cityCode: string;
  unit: FoundUnit | null;
  onChange: (unit: FoundUnit | null) => void;
  error?: string;
}) {
  const { t } = useTranslation(NS);
  if (!unit)
    return <UnitPicker cityCode={cityCode} label={t('unit.search')} onPick={onChange} error={error} />;
  return (
    <p>
      {t('unit.name')}: <strong>{unit.name}</strong>{' '}
      <button type="button" onClick={() => onChange(null)}>
        {t('award.cancel')}
      </button>
    </p>
  );
}
