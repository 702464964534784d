import { useTranslation } from 'react-i18next';
import type { CityWorkChoicesQuery } from '../../gql/graphql';
import type { FieldRule } from '../forms/field-rules';
import { enumOptions, SelectInput, TextInput } from './controls';
import { NS } from './messages';

export const UNIT_NAMES = [
  'schoolName',
  'name',
  'schoolLevel',
  'districtId',
  'managedById',
  'memberCount',
] as const;
export type UnitName = (typeof UNIT_NAMES)[number];
export type UnitValues = Record<UnitName, string>;
export const SCHOOL_LEVELS = [
  'PRESCHOOL',
  'PRIMARY',
  'LOWER_SECONDARY',
  'UPPER_SECONDARY',
  'MULTI_LEVEL',
  'CONTINUING_EDUCATION',
  'OFFICE',
];
const LABEL: Record<UnitName, string> = {
  schoolName: 'unit.schoolName',
  name: 'unit.name',
  schoolLevel: 'unit.schoolLevel',
  districtId: 'unit.district',
  managedById: 'unit.managedBy',
  memberCount: 'unit.memberCount',
};

export function useUnitRules(): Record<UnitName, FieldRule> {
  const { t } = useTranslation(NS);
  const label = (name: UnitName) => t(LABEL[name]);
  return {
    schoolName: { label: label('schoolName'), required: true, maxLength: 255 },
    name: { label: label('name'), maxLength: 255 },
    schoolLevel: { label: label('schoolLevel'), required: true },
    districtId: { label: label('districtId') },
    managedById: { label: label('managedById'), required: true },
    memberCount: { label: label('memberCount'), required: true, integer: true, min: 0, max: 100_000 },
  };
}

/** The unit's own fields, shared by "create" and "edit". */
export function UnitFields({
  values,
  set,
  errorOf,
  choices,
}: {
  values: UnitValues;
  set: (name: UnitName) => (value: string) => void;
  errorOf: (name: UnitName) => string | undefined;
  choices: CityWorkChoicesQuery;
}) {
  const { t } = useTranslation(NS);
  const rules = useUnitRules();
  const text = (name: UnitName, extra: { hint?: string; numeric?: boolean } = {}) => (
    <TextInput
      label={rules[name].label}
      value={values[name]}
      onChange={set(name)}
      error={errorOf(name)}
      required={rules[name].required}
      hint={extra.hint}
      inputMode={extra.numeric ? 'numeric' : undefined}
    />
  );
  return (
    <>
      {text('schoolName')}
      {text('name', { hint: t('unit.nameHint') })}
      <SelectInput
        label={rules.schoolLevel.label}
        value={values.schoolLevel}
        onChange={set('schoolLevel')}
        options={enumOptions(SCHOOL_LEVELS, (level) => t(`unit.levels.${level}`))}
        error={errorOf('schoolLevel')}
        required
      />
      <SelectInput
        label={rules.districtId.label}
        value={values.districtId}
        onChange={set('districtId')}
        options={(choices.city?.districts ?? []).map(({ id, name }) => ({ value: id, label: name }))}
        error={errorOf('districtId')}
      />
      <SelectInput
        label={rules.managedById.label}
        value={values.managedById}
        onChange={set('managedById')}
        options={(choices.city?.organisations ?? []).map(({ id, name }) => ({ value: id, label: name }))}
        error={errorOf('managedById')}
        required
      />
      {text('memberCount', { numeric: true })}
    </>
  );
}
