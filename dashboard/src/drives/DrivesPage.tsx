import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../app/routes';
import type { DrivesQuery as DrivesData } from '../gql/graphql';
import { type Column, DataTable } from '../shared/DataTable';
import { unavailableCityCodes } from '../shared/partial-data';
import { PartialDataNotice, QueryState } from '../shared/status';
import { DrivesQuery } from './drives.operations';
import { NS } from './messages';
import { cityContextOf, PartyName, partyText } from './party';
import './drives.css';

type DriveRow = DrivesData['scholarshipDrives'][number];

export function DrivesPage() {
  const { t } = useTranslation(NS);
  const [{ data, fetching, error }] = useQuery({ query: DrivesQuery });
  const downCodes = unavailableCityCodes(error).join(',');
  const context = useMemo(
    () => cityContextOf(downCodes ? downCodes.split(',') : [], data?.cities),
    [downCodes, data?.cities],
  );

  const columns = useMemo<Column<DriveRow>[]>(
    () => [
      {
        id: 'title',
        header: t('drive'),
        kind: 'text',
        value: (d) => d.title,
        render: (d) => <Link to={PATHS.drive(d.id)}>{d.title}</Link>,
      },
      { id: 'status', header: t('status'), kind: 'text', value: (d) => t(`statuses.${d.status}`) },
      {
        id: 'organisers',
        header: t('organisers'),
        kind: 'text',
        value: (d) => d.parties.map((p) => partyText(p, context, t)).join('; '),
        render: (d) => (
          <ul className="plain-list">
            {d.parties.map((p) => (
              <li key={p.id}>
                <PartyName party={p} context={context} />
              </li>
            ))}
          </ul>
        ),
      },
      { id: 'target', header: t('target'), kind: 'money', value: (d) => d.totals.target },
      { id: 'pledged', header: t('pledged'), kind: 'money', value: (d) => d.totals.pledged },
      { id: 'received', header: t('received'), kind: 'money', value: (d) => d.totals.received },
      { id: 'awarded', header: t('awarded'), kind: 'money', value: (d) => d.totals.awarded },
      { id: 'disbursed', header: t('disbursed'), kind: 'money', value: (d) => d.totals.disbursed },
    ],
    [t, context],
  );

  return (
    <section aria-labelledby="drives-title">
      <h1 id="drives-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        <PartialDataNotice error={error} cityName={context.cityName} />
        <DataTable title={t('tableTitle')} columns={columns} rows={data?.scholarshipDrives ?? []} />
      </QueryState>
    </section>
  );
}
