import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammesQuery as ProgrammesData } from '../gql/graphql';
import { type Column, DataTable } from '../shared/DataTable';
import { type CityContext, PartyName, partyText } from '../drives/party';
import { NS } from './messages';

export type FollowUp = ProgrammesData['overdueFollowUps'][number];

// The owner is an organisation or a unit resolved by its own city: the same shape as a drive's party.
const ownerOf = (f: FollowUp) => ({
  cityCode: f.ownerCity,
  organisation: f.ownerOrganisation,
  unit: f.ownerUnit,
});

export function FollowUpTable({
  title,
  rows,
  context,
}: {
  title: string;
  rows: FollowUp[];
  context: CityContext;
}) {
  const { t } = useTranslation(NS);
  const columns = useMemo<Column<FollowUp>[]>(
    () => [
      { id: 'action', header: t('action'), kind: 'text', value: (f) => f.action },
      {
        id: 'owner',
        header: t('owner'),
        kind: 'text',
        value: (f) => partyText(ownerOf(f), context, t),
        render: (f) => <PartyName party={ownerOf(f)} context={context} />,
      },
      { id: 'city', header: t('city'), kind: 'text', value: (f) => context.cityName(f.ownerCity) },
      { id: 'dueOn', header: t('dueOn'), kind: 'date', value: (f) => f.dueOn },
      {
        id: 'status',
        header: t('followUpStatus'),
        kind: 'text',
        value: (f) => t(`followUpStatuses.${f.status}`),
      },
      {
        id: 'overdue',
        header: t('isOverdue'),
        kind: 'text',
        value: (f) => (f.isOverdue ? t('yes') : t('no')),
      },
    ],
    [t, context],
  );
  return (
    <DataTable title={title} columns={columns} rows={rows} initialSort={{ id: 'dueOn' }} pageSize={10} />
  );
}
