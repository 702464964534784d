import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { FieldControlProps } from '../forms/Field';
import { NS } from './messages';
import { CityUnitsQuery } from './programme-work.operations';

/** A choice among one city's active grassroots unions (asked of that city when the city is chosen). */
export function UnitSelect({
  control,
  cityCode,
  value,
  onChange,
}: {
  control: FieldControlProps;
  cityCode: string;
  value: string;
  onChange: (id: string, name: string) => void;
}) {
  const { t } = useTranslation(NS);
  const [{ data, fetching }] = useQuery({
    query: CityUnitsQuery,
    variables: { cityCode },
    pause: !cityCode,
  });
  const units = data?.city?.grassrootsUnions?.edges.map((edge) => edge.node) ?? [];
  return (
    <select
      {...control}
      value={value}
      onChange={(e) => onChange(e.target.value, e.target.selectedOptions[0]?.textContent ?? '')}
    >
      <option value="">{fetching ? t('outcome.unitsLoading') : t('outcome.noUnit')}</option>
      {units.map((unit) => (
        <option key={unit.id} value={unit.id}>
          {unit.name}
        </option>
      ))}
    </select>
  );
}
