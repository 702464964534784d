import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PartyOptionsQuery } from './drive-work.operations';
import { SelectInput, TextInput } from './inputs';
import { NS } from './messages';

/** A chosen party: a city's education union or one of its grassroots unions. */
export interface ChosenParty {
  cityCode: string;
  organisationId?: string;
  unitId?: string;
  name: string;
}

export const sameParty = (a: ChosenParty, b: ChosenParty) =>
  a.cityCode === b.cityCode && a.organisationId === b.organisationId && a.unitId === b.unitId;

interface PartyPickerProps {
  legend: string;
  cities: { code: string; name: string }[];
  initialCity?: string;
  chosen: ChosenParty[];
  onChange: (chosen: ChosenParty[]) => void;
  error?: string;
}

/** Parties of one role, from any member city: pick a city, then its education union or a union found by name. */
export function PartyPicker({ legend, cities, initialCity, chosen, onChange, error }: PartyPickerProps) {
  const { t } = useTranslation(NS);
  const errorId = useId();
  const [cityCode, setCityCode] = useState(initialCity ?? cities[0]?.code ?? '');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const [{ data, fetching }] = useQuery({
    query: PartyOptionsQuery,
    variables: { cityCode, search: deferredSearch || null },
    pause: !cityCode,
  });
  const city = data?.city;
  const options: ChosenParty[] = [
    ...(city?.educationUnion
      ? [{ cityCode, organisationId: city.educationUnion.id, name: city.educationUnion.name }]
      : []),
    ...(city?.grassrootsUnions?.edges ?? []).map(({ node }) => ({
      cityCode,
      unitId: node.id,
      name: node.name,
    })),
  ].filter((option) => !chosen.some((party) => sameParty(party, option)));

  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {chosen.length === 0 ? (
        <p className="field-hint">{t('chosenNone')}</p>
      ) : (
        <ul className="chosen-parties">
          {chosen.map((party) => (
            <li key={`${party.cityCode}/${party.organisationId ?? party.unitId}`}>
              {party.name} ({party.cityCode}){' '}
              <button
                type="button"
                className="secondary"
                onClick={() => onChange(chosen.filter((other) => !sameParty(other, party)))}
              >
                {t('remove', { name: party.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <SelectInput
        label={t('field.city')}
        value={cityCode}
        onChange={setCityCode}
        options={cities.map((c) => ({ value: c.code, label: c.name }))}
      />
      <TextInput label={t('field.search')} hint={t('hint.search')} value={search} onChange={setSearch} />
      {fetching && !data ? (
        <p role="status">{t('searching')}</p>
      ) : options.length === 0 ? (
        <p className="field-hint">{t('noMatch')}</p>
      ) : (
        <ul className="party-options">
          {options.map((option) => (
            <li key={`${option.organisationId ?? option.unitId}`}>
              <button type="button" className="secondary" onClick={() => onChange([...chosen, option])}>
                {t('add', { name: option.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
