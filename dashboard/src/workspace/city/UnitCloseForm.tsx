import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitStatus } from '../../gql/graphql';
import { checkFields, type FieldRule } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { enumOptions, SelectInput, TextInput } from './controls';
import { textOrNull, useFormValues } from './form-values';
import { NS } from './messages';
import { CloseUnitMutation } from './units.operations';

type Name = 'status' | 'validTo' | 'note';

/** Marks the unit merged, moved or dissolved, at the version read; its history stays. */
export function UnitCloseForm({
  cityCode,
  unitId,
  version,
  onClosed,
}: {
  cityCode: string;
  unitId: string;
  version: number;
  onClosed: () => void;
}) {
  const { t } = useTranslation(NS);
  const { t: tf } = useTranslation(FORMS);
  const form = useFormValues<Name>({ status: '', validTo: '', note: '' });
  const [clientProblems, setClientProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(CloseUnitMutation);
  const rules: Record<Name, FieldRule> = {
    status: { label: t('unit.closeStatus'), required: true },
    validTo: { label: t('unit.validTo'), required: true, date: true },
    note: { label: t('unit.closeNote'), maxLength: 2000 },
  };
  const close = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(form.values, rules, tf);
    setClientProblems(found);
    if (Object.keys(found).length) return;
    const input = {
      status: form.values.status as UnitStatus,
      validTo: form.values.validTo.trim(),
      note: textOrNull(form.values.note),
    };
    if (await submission.submit(input, () => ({ cityCode, id: unitId, version, input }))) onClosed();
  };
  const errorOf = (name: Name) => clientProblems[name] ?? submission.fieldError(`input.${name}`);

  return (
    <section aria-labelledby="unit-close-title">
      <h2 id="unit-close-title">{t('unit.close')}</h2>
      <form
        className="work-form"
        onSubmit={(e) => void close(e)}
        noValidate
        aria-labelledby="unit-close-title"
      >
        <SelectInput
          label={rules.status.label}
          value={form.values.status}
          onChange={form.set('status')}
          options={enumOptions(['MERGED', 'MOVED', 'DISSOLVED'], (s) => t(`unit.statuses.${s}`))}
          error={errorOf('status')}
          required
        />
        <TextInput
          label={rules.validTo.label}
          value={form.values.validTo}
          onChange={form.set('validTo')}
          error={errorOf('validTo')}
          hint={t('award.dateHint')}
          required
        />
        <TextInput
          label={rules.note.label}
          value={form.values.note}
          onChange={form.set('note')}
          error={errorOf('note')}
          multiline
        />
        <FormAlert problems={submission.problems} success={submission.done ? t('unit.closed') : null} />
        <div className="form-actions">
          <button type="submit" disabled={submission.submitting}>
            {t('unit.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
