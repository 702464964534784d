import type { TFunction } from 'i18next';
import type { Column } from '../shared/DataTable';
import { CityUnavailable } from '../shared/status';
import { type AwardCity, type AwardRow, recipientsOf } from './awards-model';

/** Kind, issuing level and recipient in words, then one column of recipients per city. */
export function awardColumns(t: TFunction, cities: AwardCity[]): Column<AwardRow>[] {
  return [
    { id: 'kind', header: t('col.kind'), kind: 'text', value: (row) => t(`kind.${row.kind}`) },
    { id: 'issuer', header: t('col.issuer'), kind: 'text', value: (row) => t(`issuer.${row.issuerLevel}`) },
    {
      id: 'recipient',
      header: t('col.recipient'),
      kind: 'text',
      value: (row) => t(`recipient.${row.recipientType}`),
    },
    ...cities.map((city): Column<AwardRow> => ({
      id: `city-${city.code}`,
      header: city.name,
      kind: 'number',
      value: (row) => recipientsOf(row, city),
      emptyText: t('common:notReported'),
      render: city.status === 'unavailable' ? () => <CityUnavailable city={city.name} /> : undefined,
    })),
  ];
}
