import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../app/routes';
import type { CityContext } from '../drives/party';
import type { ProgrammesQuery as ProgrammesData } from '../gql/graphql';
import { type Column, DataTable } from '../shared/DataTable';
import { formatDate, formatMoney } from '../shared/format';
import { CityUnavailable } from '../shared/status';
import { FollowUpTable } from './FollowUpTable';
import { NS } from './messages';

type Programme = ProgrammesData['exchangeProgrammes'][number];
type Member = Programme['delegations'][number]['members'][number] & { cityCode: string };

const datesOf = (p: Programme) =>
  p.startsOn === p.endsOn ? formatDate(p.startsOn) : `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}`;

/** One programme on the timeline: when, where, who came, what was seen, what came of it. */
export function ProgrammeItem({
  programme: p,
  context,
  unitName,
  namesLoading,
}: {
  programme: Programme;
  context: CityContext;
  /** A visited unit's name, from the separate request (see ProgrammeVisitsQuery). */
  unitName: (unit: { id: string; cityCode: string }) => string | undefined;
  namesLoading: boolean;
}) {
  const { t } = useTranslation(NS);
  const heading = `programme-${p.id}`;
  const members = useMemo(
    () => p.delegations.flatMap((d) => d.members.map((m) => ({ ...m, cityCode: d.cityCode }))),
    [p],
  );
  const columns = useMemo<Column<Member>[]>(
    () => [
      { id: 'city', header: t('city'), kind: 'text', value: (m) => context.cityName(m.cityCode) },
      { id: 'name', header: t('member'), kind: 'text', value: (m) => m.fullName },
      { id: 'position', header: t('position'), kind: 'text', value: (m) => m.position },
      {
        id: 'role',
        header: t('role'),
        kind: 'text',
        value: (m) => (m.coChair ? t('coChair') : t('delegate')),
      },
    ],
    [t, context],
  );
  const visited = (unit: { id: string; cityCode: string }) => {
    const name = unitName(unit);
    if (name) return `${name} (${context.cityName(unit.cityCode)})`;
    if (context.down.has(unit.cityCode)) return <CityUnavailable city={context.cityName(unit.cityCode)} />;
    return <span className="muted">{namesLoading ? t('common:loading') : t('unitNameMissing')}</span>;
  };

  return (
    <li>
      <article aria-labelledby={heading} data-programme={p.id} className="card">
        <h3 id={heading}>{p.title}</h3>
        <dl className="programme-facts">
          <dt>{t('dates')}</dt>
          <dd>
            <time dateTime={p.startsOn ?? undefined}>{datesOf(p)}</time>
          </dd>
          <dt>{t('host')}</dt>
          <dd>{context.cityName(p.hostCity)}</dd>
          {p.place && (
            <>
              <dt>{t('place')}</dt>
              <dd>{p.place}</dd>
            </>
          )}
          <dt>{t('kind')}</dt>
          <dd>{t(`kinds.${p.kind}`)}</dd>
          <dt>{t('status')}</dt>
          <dd>
            <span className="badge">{t(`statuses.${p.status}`)}</span>
          </dd>
          <dt>{t('cities')}</dt>
          <dd>{p.cityCodes.map(context.cityName).join(', ')}</dd>
        </dl>

        <h4>{t('delegations')}</h4>
        <ul className="delegations">
          {p.delegations.map((d) => {
            const leader = d.members.find((m) => m.coChair) ?? d.members[0];
            return (
              <li key={d.cityCode} data-delegation={d.cityCode}>
                <strong>
                  {t('delegationSummary', { city: context.cityName(d.cityCode), size: d.size })}
                </strong>
                {leader && (
                  <> · {t('delegationLeader', { name: leader.fullName, position: leader.position })}</>
                )}
              </li>
            );
          })}
        </ul>
        <DataTable title={t('members')} columns={columns} rows={members} pageSize={10} />

        {p.agenda.length > 0 && (
          <>
            <h4>{t('agenda')}</h4>
            <ul>
              {p.agenda.map((c) => (
                <li key={c.code}>{c.name}</li>
              ))}
            </ul>
          </>
        )}

        <h4>{t('visitedUnits')}</h4>
        <ul>
          {p.visitedUnits.map((u, index) =>
            // A reference the graph could not resolve is null in the list; the rest still shows.
            u ? (
              <li key={`${u.cityCode}/${u.id}`} data-unit={u.id}>
                {visited(u)}
              </li>
            ) : (
              <li key={`missing-${index}`} className="muted">
                {t('unitNameMissing')}
              </li>
            ),
          )}
          {p.visitedUnits.length === 0 && <li>{t('none')}</li>}
        </ul>

        <h4>{t('outcomes')}</h4>
        {p.outcomes.length > 0 ? (
          <ul>
            {p.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('none')}</p>
        )}

        <h4>{t('drives')}</h4>
        {p.scholarshipDrives.length > 0 ? (
          <ul>
            {p.scholarshipDrives.map((d) => (
              <li key={d.id}>
                <Link to={PATHS.drive(d.id)}>
                  {t('driveLink', { title: d.title, target: formatMoney(d.totals.target) })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('none')}</p>
        )}

        <h4>{t('followUps')}</h4>
        <FollowUpTable title={t('followUps')} rows={p.followUps} context={context} />
      </article>
    </li>
  );
}
