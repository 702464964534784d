import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../shared/DataTable';
import type { Drive } from './DriveCharts';
import { NS } from './messages';
import { type CityContext, PartyName, partyText } from './party';

type PartyRow = Drive['parties'][number];
type SponsorRow = Drive['sponsorProgress'][number];
type BeneficiaryRow = Drive['beneficiaryProgress'][number];
type NominationRow = Drive['nominations'][number] & { number: number };
type AwardRow = Drive['awardedScholarships'][number];

interface Props {
  drive: Drive;
  context: CityContext;
}

export function PartiesTable({ drive, context }: Props) {
  const { t } = useTranslation(NS);
  const columns = useMemo<Column<PartyRow>[]>(
    () => [
      {
        id: 'party',
        header: t('party'),
        kind: 'text',
        value: (p) => partyText(p, context, t),
        render: (p) => <PartyName party={p} context={context} />,
      },
      { id: 'role', header: t('role'), kind: 'text', value: (p) => t(`roles.${p.role}`) },
      { id: 'city', header: t('city'), kind: 'text', value: (p) => context.cityName(p.cityCode) },
    ],
    [t, context],
  );
  return <DataTable title={t('parties')} columns={columns} rows={drive.parties} />;
}

export function SponsorTable({ drive, context }: Props) {
  const { t } = useTranslation(NS);
  const columns = useMemo<Column<SponsorRow>[]>(
    () => [
      {
        id: 'party',
        header: t('party'),
        kind: 'text',
        value: (row) => partyText(row.party, context, t),
        render: (row) => <PartyName party={row.party} context={context} />,
      },
      { id: 'role', header: t('role'), kind: 'text', value: (row) => t(`roles.${row.party.role}`) },
      { id: 'pledged', header: t('pledged'), kind: 'money', value: (row) => row.pledged },
      { id: 'received', header: t('received'), kind: 'money', value: (row) => row.received },
    ],
    [t, context],
  );
  return <DataTable title={t('sponsorsHeading')} columns={columns} rows={drive.sponsorProgress} />;
}

export function BeneficiaryTable({ drive, context }: Props) {
  const { t } = useTranslation(NS);
  const columns = useMemo<Column<BeneficiaryRow>[]>(
    () => [
      {
        id: 'party',
        header: t('party'),
        kind: 'text',
        value: (row) => partyText(row.party, context, t),
        render: (row) => <PartyName party={row.party} context={context} />,
      },
      { id: 'nominations', header: t('nominations'), kind: 'number', value: (row) => row.nominations },
      {
        id: 'scholarships',
        header: t('scholarshipsAwarded'),
        kind: 'number',
        value: (row) => row.scholarships,
      },
      { id: 'awarded', header: t('awarded'), kind: 'money', value: (row) => row.awarded },
      { id: 'disbursed', header: t('disbursed'), kind: 'money', value: (row) => row.disbursed },
    ],
    [t, context],
  );
  return <DataTable title={t('beneficiariesHeading')} columns={columns} rows={drive.beneficiaryProgress} />;
}

/** Initials and status only: the graph gives nothing more about a minor to an anonymous viewer. */
export function NominationTable({ drive }: { drive: Drive }) {
  const { t } = useTranslation(NS);
  const rows = useMemo(() => drive.nominations.map((n, index) => ({ ...n, number: index + 1 })), [drive]);
  const columns = useMemo<Column<NominationRow>[]>(
    () => [
      { id: 'number', header: t('number'), kind: 'number', value: (n) => n.number },
      { id: 'initials', header: t('initials'), kind: 'text', value: (n) => n.initials },
      {
        id: 'status',
        header: t('nominationStatus'),
        kind: 'text',
        value: (n) => t(`nominationStatuses.${n.status}`),
      },
    ],
    [t],
  );
  return <DataTable title={t('nominationsHeading')} columns={columns} rows={rows} pageSize={50} />;
}

const paidOf = (award: AwardRow) => award.disbursements.reduce((sum, d) => sum + d.amount, 0);
const lastPaymentOf = (award: AwardRow) =>
  award.disbursements
    .map((d) => d.paidOn)
    .sort()
    .at(-1);

export function AwardTable({ drive }: { drive: Drive }) {
  const { t } = useTranslation(NS);
  const columns = useMemo<Column<AwardRow>[]>(
    () => [
      { id: 'awardedOn', header: t('awardedOn'), kind: 'date', value: (a) => a.awardedOn },
      { id: 'amount', header: t('amount'), kind: 'money', value: (a) => a.amount },
      { id: 'disbursed', header: t('disbursed'), kind: 'money', value: paidOf },
      { id: 'paidOn', header: t('paidOn'), kind: 'date', value: lastPaymentOf },
      {
        id: 'method',
        header: t('method'),
        kind: 'text',
        value: (a) =>
          [...new Set(a.disbursements.map((d) => t(`methods.${d.method}`)))].join(', ') || undefined,
      },
    ],
    [t],
  );
  return (
    <DataTable title={t('awardsHeading')} columns={columns} rows={drive.awardedScholarships} pageSize={10} />
  );
}
