import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardKind, IssuerLevel, RecipientType } from '../../gql/graphql';
import { checkFields, type FieldRule } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { AwardDecisionList } from './AwardDecisionList';
import { RecordAwardDecisionMutation } from './city.operations';
import { enumOptions, SelectInput, TextInput } from './controls';
import { intOrNull, recentSchoolYears, textOrNull, useFormValues } from './form-values';
import { NS } from './messages';
import { type FoundUnit, OptionalUnit } from './UnitPicker';

export const AWARD_KINDS = [
  'CO_THI_DUA',
  'BANG_KHEN',
  'GIAY_KHEN',
  'LAO_DONG_TIEN_TIEN',
  'CHIEN_SI_THI_DUA_CO_SO',
];
const LEVELS = [
  'TONG_LDLD_VIET_NAM',
  'CONG_DOAN_GIAO_DUC_VIET_NAM',
  'LDLD_THANH_PHO',
  'CITY_EDUCATION_UNION',
  'DISTRICT_FEDERATION',
  'GOVERNMENT',
];
const NAMES = [
  'schoolYear',
  'kind',
  'issuerLevel',
  'recipientType',
  'recipientCount',
  'recipientName',
  'decisionNumber',
  'decisionDate',
  'note',
] as const;
type Name = (typeof NAMES)[number];

/** Record an award decision; the year's decisions below, each revocable with a reason. */
export function AwardDecisionsSection({ cityCode }: { cityCode: string }) {
  const { t } = useTranslation(NS);
  const { t: tf } = useTranslation(FORMS);
  const years = recentSchoolYears();
  const blank = {
    ...(Object.fromEntries(NAMES.map((n) => [n, ''])) as Record<Name, string>),
    schoolYear: years[0]!,
  };
  const form = useFormValues<Name>(blank);
  const [unit, setUnit] = useState<FoundUnit | null>(null);
  const [clientProblems, setClientProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(RecordAwardDecisionMutation);
  const label = (name: Name) => (name === 'schoolYear' ? t('schoolYear') : t(`award.${name}`));
  const rules: Partial<Record<Name, FieldRule>> = {
    schoolYear: { label: t('schoolYear'), required: true },
    kind: { label: label('kind'), required: true },
    issuerLevel: { label: label('issuerLevel'), required: true },
    recipientType: { label: label('recipientType'), required: true },
    recipientCount: { label: label('recipientCount'), required: true, integer: true, min: 1, max: 1_000_000 },
    recipientName: { label: label('recipientName'), maxLength: 255 },
    decisionNumber: { label: label('decisionNumber'), maxLength: 64 },
    decisionDate: { label: label('decisionDate'), date: true },
    note: { label: label('note'), maxLength: 2000 },
  };

  const record = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(form.values, rules, tf);
    setClientProblems(found);
    if (Object.keys(found).length) return;
    const v = form.values;
    const input = {
      schoolYear: v.schoolYear,
      kind: v.kind as AwardKind,
      issuerLevel: v.issuerLevel as IssuerLevel,
      recipientType: v.recipientType as RecipientType,
      recipientCount: intOrNull(v.recipientCount) ?? 0,
      recipientName: textOrNull(v.recipientName),
      recipientUnitId: unit?.id ?? null,
      decisionNumber: textOrNull(v.decisionNumber),
      decisionDate: textOrNull(v.decisionDate),
      note: textOrNull(v.note),
    };
    if (await submission.submit(input, () => ({ cityCode, input }))) {
      form.setValues({ ...blank, schoolYear: v.schoolYear });
      setUnit(null);
    }
  };
  const errorOf = (name: Name) => clientProblems[name] ?? submission.fieldError(`input.${name}`);
  const field = (name: Name, extra: { hint?: string; multiline?: boolean; numeric?: boolean } = {}) => (
    <TextInput
      label={label(name)}
      value={form.values[name]}
      onChange={form.set(name)}
      error={errorOf(name)}
      required={rules[name]?.required}
      hint={extra.hint}
      multiline={extra.multiline}
      inputMode={extra.numeric ? 'numeric' : undefined}
    />
  );

  return (
    <div className="city-work-columns">
      <section aria-labelledby="award-title">
        <h2 id="award-title">{t('award.heading')}</h2>
        <form className="work-form" onSubmit={(e) => void record(e)} noValidate aria-labelledby="award-title">
          <SelectInput
            label={t('schoolYear')}
            value={form.values.schoolYear}
            onChange={form.set('schoolYear')}
            options={years.map((y) => ({ value: y, label: y }))}
            error={errorOf('schoolYear')}
            noEmpty
          />
          <SelectInput
            label={label('kind')}
            value={form.values.kind}
            onChange={form.set('kind')}
            options={enumOptions(AWARD_KINDS, (k) => t(`award.kinds.${k}`))}
            error={errorOf('kind')}
            required
          />
          <SelectInput
            label={label('issuerLevel')}
            value={form.values.issuerLevel}
            onChange={form.set('issuerLevel')}
            options={enumOptions(LEVELS, (k) => t(`award.levels.${k}`))}
            error={errorOf('issuerLevel')}
            required
          />
          <SelectInput
            label={label('recipientType')}
            value={form.values.recipientType}
            onChange={form.set('recipientType')}
            options={enumOptions(['COLLECTIVE', 'INDIVIDUAL'], (k) => t(`award.recipients.${k}`))}
            error={errorOf('recipientType')}
            required
          />
          {field('recipientCount', { numeric: true })}
          {field('recipientName')}
          <OptionalUnit
            cityCode={cityCode}
            unit={unit}
            onChange={setUnit}
            error={submission.fieldError('input.recipientUnitId')}
          />
          {field('decisionNumber')}
          {field('decisionDate', { hint: t('award.dateHint') })}
          {field('note', { multiline: true })}
          <FormAlert problems={submission.problems} success={submission.done ? t('award.saved') : null} />
          <div className="form-actions">
            <button type="submit" disabled={submission.submitting}>
              {submission.submitting ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      </section>
      <AwardDecisionList cityCode={cityCode} schoolYear={form.values.schoolYear} />
    </div>
  );
}
