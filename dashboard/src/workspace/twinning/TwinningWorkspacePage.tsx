import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Person } from '../../auth/person';
import { formatDate, formatNumber } from '../../shared/format';
import { RequireRole } from '../forms/RequireRole';
import { ActivityForm } from './ActivityForm';
import { NS } from './messages';
import { TwinningWorkQuery } from './twinning-work.operations';

interface UnitKey {
  id: string;
  cityCode: string;
  name: string;
}

/** Whether the person acts for a partner unit: its city's officers or the unit's own (as the graph rules). */
const actsFor = (person: Person, unit: UnitKey | null) =>
  !!unit &&
  (person.role === 'city-officer'
    ? person.cityCode === unit.cityCode
    : person.unit?.cityCode === unit.cityCode && person.unit.id === unit.id);

/** City officers and school officers of a partner unit log their partnerships' joint activities. */
export function TwinningWorkspacePage() {
  return (
    <RequireRole roles={['city-officer', 'school-officer']}>
      {(person) => <TwinningWork person={person} />}
    </RequireRole>
  );
}

function TwinningWork({ person }: { person: Person }) {
  const { t } = useTranslation(NS);
  const cityCode = person.cityCode ?? person.unit?.cityCode ?? '';
  const [{ data, error }, reload] = useQuery({ query: TwinningWorkQuery, variables: { cityCode } });
  const [chosenId, setChosenId] = useState('');
  const partnerships = (data?.schoolPartnerships.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => actsFor(person, node.unitA) || actsFor(person, node.unitB));
  const chosen = partnerships.find((node) => node.id === chosenId) ?? partnerships[0];
  const unitName = (unit: UnitKey | null) => unit?.name ?? t('unitUnavailable', { id: '?' });

  return (
    <section aria-labelledby="twinning-work-title">
      <h1 id="twinning-work-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      {error && !data && <p role="alert">{t('loadFailed')}</p>}
      {data && !chosen && <p>{t('none')}</p>}
      {chosen && (
        <>
          <div className="form-field">
            <label htmlFor="partnership-choice">{t('partnership')}</label>
            <select id="partnership-choice" value={chosen.id} onChange={(e) => setChosenId(e.target.value)}>
              {partnerships.map((node) => (
                <option key={node.id} value={node.id}>
                  {t('pair', { a: unitName(node.unitA), b: unitName(node.unitB) })}
                </option>
              ))}
            </select>
          </div>
          <h2>{t('log')}</h2>
          {chosen.activities.length ? (
            <table className="data-table">
              <caption className="visually-hidden">{t('log')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('heldOn')}</th>
                  <th scope="col">{t('kind')}</th>
                  <th scope="col">{t('participants')}</th>
                  <th scope="col">{t('note')}</th>
                </tr>
              </thead>
              <tbody>
                {chosen.activities.map((activity) => (
                  <tr key={activity.id}>
                    <td>{formatDate(activity.heldOn)}</td>
                    <td>{activity.kind}</td>
                    <td>{formatNumber(activity.participants)}</td>
                    <td>{activity.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('empty')}</p>
          )}
          <ActivityForm
            key={chosen.id}
            partnershipId={chosen.id}
            onRecorded={() => reload({ requestPolicy: 'network-only' })}
          />
        </>
      )}
    </section>
  );
}
