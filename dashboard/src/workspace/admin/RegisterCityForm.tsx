import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { checkFields } from '../forms/field-rules';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { NS } from './messages';
import { RegisterCityMutation } from './admin.operations';

type Name = 'code' | 'name' | 'englishName' | 'joinedOn';

/** A new member city; its code is what every record of that city will carry. */
export function RegisterCityForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const empty: Record<Name, string> = { code: '', name: '', englishName: '', joinedOn: '' };
  const [values, setValues] = useState(empty);
  const [problems, setProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(RegisterCityMutation);
  const set = (name: Name, value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  // The registry names the bare field; validation at the boundary the input path.
  const error = (name: Name) =>
    problems[name] ?? submission.fieldError(`input.${name}`) ?? submission.fieldError(name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(
      values,
      {
        code: { label: t('city.code'), required: true },
        name: { label: t('city.name'), required: true, maxLength: 120 },
        englishName: { label: t('city.englishName'), maxLength: 120 },
        joinedOn: { label: t('city.joinedOn'), required: true, date: true },
      },
      tForms,
    );
    if (!found.code && !/^[A-Z]{2,8}$/.test(values.code.trim())) found.code = t('city.codePattern');
    setProblems(found);
    if (Object.keys(found).length) return;
    const input = {
      code: values.code.trim(),
      name: values.name.trim(),
      englishName: values.englishName.trim() || null,
      joinedOn: values.joinedOn,
    };
    if (await submission.submit(input, () => ({ input }))) {
      setValues(empty);
      onRegistered();
    }
  };

  const done = submission.done?.registerCity;
  return (
    <form className="work-form" aria-labelledby="register-city" noValidate onSubmit={submit}>
      <h2 id="register-city">{t('city.heading')}</h2>
      <Field label={t('city.code')} hint={t('city.codeHint')} required error={error('code')}>
        {(control) => (
          <input {...control} value={values.code} onChange={(e) => set('code', e.target.value)} />
        )}
      </Field>
      <Field label={t('city.name')} required error={error('name')}>
        {(control) => (
          <input {...control} value={values.name} onChange={(e) => set('name', e.target.value)} />
        )}
      </Field>
      <Field label={t('city.englishName')} error={error('englishName')}>
        {(control) => (
          <input
            {...control}
            value={values.englishName}
            onChange={(e) => set('englishName', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('city.joinedOn')} required error={error('joinedOn')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={values.joinedOn}
            onChange={(e) => set('joinedOn', e.target.value)}
          />
        )}
      </Field>
      <FormAlert
        problems={submission.problems}
        success={done && t('city.done', { name: done.name, code: done.code })}
      />
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? tForms('submitting') : t('city.submit')}
        </button>
      </div>
    </form>
  );
}
