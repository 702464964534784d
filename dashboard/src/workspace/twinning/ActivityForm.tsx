import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { checkFields } from '../forms/field-rules';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { NS } from './messages';
import { RecordActivityMutation } from './twinning-work.operations';

type Name = 'heldOn' | 'kind' | 'participants' | 'note';

/** One joint activity for the partnership's log. */
export function ActivityForm({
  partnershipId,
  onRecorded,
}: {
  partnershipId: string;
  onRecorded: () => void;
}) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const empty: Record<Name, string> = { heldOn: '', kind: '', participants: '', note: '' };
  const [values, setValues] = useState(empty);
  const [problems, setProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(RecordActivityMutation);
  const set = (name: Name, value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const error = (name: Name) => problems[name] ?? submission.fieldError(`input.${name}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(
      values,
      {
        heldOn: { label: t('heldOn'), required: true, date: true },
        kind: { label: t('kind'), required: true, maxLength: 120 },
        participants: { label: t('participants'), required: true, integer: true, min: 0, max: 1_000_000 },
        note: { label: t('note'), maxLength: 2000 },
      },
      tForms,
    );
    setProblems(found);
    if (Object.keys(found).length) return;
    const input = {
      heldOn: values.heldOn,
      kind: values.kind.trim(),
      participants: Number(values.participants),
      note: values.note.trim() || null,
    };
    if (await submission.submit(input, () => ({ partnershipId, input }))) {
      setValues(empty);
      onRecorded();
    }
  };

  return (
    <form className="work-form" aria-labelledby="activity-form" noValidate onSubmit={submit}>
      <h2 id="activity-form">{t('form')}</h2>
      <Field label={t('heldOn')} required error={error('heldOn')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={values.heldOn}
            onChange={(e) => set('heldOn', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('kind')} hint={t('kindHint')} required error={error('kind')}>
        {(control) => (
          <input {...control} value={values.kind} onChange={(e) => set('kind', e.target.value)} />
        )}
      </Field>
      <Field label={t('participants')} required error={error('participants')}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={values.participants}
            onChange={(e) => set('participants', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('note')} error={error('note')}>
        {(control) => (
          <textarea {...control} rows={3} value={values.note} onChange={(e) => set('note', e.target.value)} />
        )}
      </Field>
      <FormAlert
        problems={submission.problems}
        success={submission.done && t('done', { kind: submission.done.recordPartnershipActivity.kind })}
      />
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? tForms('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
