import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwinningQuery as TwinningData } from '../gql/graphql';
import { type Column, DataTable } from '../shared/DataTable';
import { formatDate } from '../shared/format';
import type { CityOutage } from '../shared/partial-data';
import { CityUnavailable } from '../shared/status';
import { NS } from './messages';

export type Partnership = TwinningData['schoolPartnerships']['edges'][number]['node'];
type Unit = Partnership['unitA'];
type Activity = Partnership['activities'][number];
type Side = 'unitA' | 'unitB';

interface Props {
  partnership: Partnership;
  /** The edge's index in the answer: where a missing unit's CITY_UNAVAILABLE error points. */
  index: number;
  outages: CityOutage[];
  cityName: (code: string) => string;
  movementName: (code: string) => string;
}

/**
 * The city whose outage left this unit out. The partnership does not say which city a unit belongs to,
 * so the error's path (schoolPartnerships.edges.N.node.unitB…) tells it.
 */
const outageCity = (outages: CityOutage[], index: number, side: Side) =>
  outages.find(({ path }) =>
    ['schoolPartnerships', 'edges', index, 'node', side].every((part, i) => path[i] === part),
  )?.cityCode;

export function PartnershipCard({ partnership: p, index, outages, cityName, movementName }: Props) {
  const { t } = useTranslation(NS);
  const heading = `partnership-${p.id}`;
  const label = (unit: Unit, side: Side) => {
    if (unit) return unit.name;
    const city = outageCity(outages, index, side);
    return city ? t('unitOfCity', { city: cityName(city) }) : t('unknownUnit');
  };
  const pair = t('pair', { a: label(p.unitA, 'unitA'), b: label(p.unitB, 'unitB') });
  const columns = useMemo<Column<Activity>[]>(
    () => [
      { id: 'heldOn', header: t('heldOn'), kind: 'date', value: (a) => a.heldOn },
      { id: 'kind', header: t('kind'), kind: 'text', value: (a) => a.kind },
      { id: 'participants', header: t('participants'), kind: 'number', value: (a) => a.participants },
      { id: 'note', header: t('note'), kind: 'text', value: (a) => a.note },
    ],
    [t],
  );

  const unitCell = (unit: Unit, side: Side) => {
    if (unit)
      return (
        <>
          <strong>{unit.name}</strong>
          <br />
          <span className="muted">
            {unit.district
              ? t('unitInDistrict', { district: unit.district.name, city: cityName(unit.cityCode) })
              : t('unitIn', { city: cityName(unit.cityCode) })}
          </span>
        </>
      );
    const city = outageCity(outages, index, side);
    return city ? (
      <CityUnavailable city={cityName(city)} />
    ) : (
      <span className="muted">{t('unknownUnit')}</span>
    );
  };

  return (
    <article className="card partnership" aria-labelledby={heading} data-partnership={p.id}>
      <h2 id={heading}>{pair}</h2>
      <p>
        <span className="badge">{p.isCrossCity ? t('crossCity') : t('sameCity')}</span>{' '}
        <span className="badge">{t(`statuses.${p.status}`)}</span>
      </p>
      <dl className="partnership-facts">
        <dt>{t('unitA')}</dt>
        <dd data-unit="A">{unitCell(p.unitA, 'unitA')}</dd>
        <dt>{t('unitB')}</dt>
        <dd data-unit="B">{unitCell(p.unitB, 'unitB')}</dd>
        <dt>{t('startedOn')}</dt>
        <dd>{formatDate(p.startedOn)}</dd>
        {p.movementCode && (
          <>
            <dt>{t('movement')}</dt>
            <dd>{movementName(p.movementCode)}</dd>
          </>
        )}
        {p.note && (
          <>
            <dt>{t('note')}</dt>
            <dd>{p.note}</dd>
          </>
        )}
      </dl>
      <h3>{t('activities')}</h3>
      {p.activities.length > 0 ? (
        <DataTable
          title={t('activitiesOf', { pair })}
          columns={columns}
          rows={p.activities}
          initialSort={{ id: 'heldOn', desc: true }}
          pageSize={5}
        />
      ) : (
        <p className="muted">{t('noActivities')}</p>
      )}
    </article>
  );
}
