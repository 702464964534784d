import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { CityWorkChoicesQuery } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../shared/format';
import { checkFields, type FieldRule } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { RecordTrainingMutation, TrainingsQuery } from './city.operations';
import { SelectInput, TextInput } from './controls';
import { intOrNull, recentSchoolYears, textOrNull, useFormValues } from './form-values';
import { NS } from './messages';

type Name = 'title' | 'organiserId' | 'schoolYear' | 'heldOn' | 'classes' | 'attendances';

/** Record a training; the year's trainings below. */
export function TrainingsSection({ cityCode, choices }: { cityCode: string; choices: CityWorkChoicesQuery }) {
  const { t } = useTranslation(NS);
  const { t: tf } = useTranslation(FORMS);
  const years = recentSchoolYears();
  const organiser = choices.city?.educationUnion?.id ?? '';
  const blank = {
    title: '',
    organiserId: organiser,
    schoolYear: years[0]!,
    heldOn: '',
    classes: '',
    attendances: '',
  };
  const form = useFormValues<Name>(blank);
  const [atLeast, setAtLeast] = useState(false);
  const [clientProblems, setClientProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(RecordTrainingMutation);
  const rules: Record<Name, FieldRule> = {
    title: { label: t('training.title'), required: true, maxLength: 400 },
    organiserId: { label: t('training.organiser'), required: true },
    schoolYear: { label: t('schoolYear'), required: true },
    heldOn: { label: t('training.heldOn'), date: true },
    classes: { label: t('training.classes'), required: true, integer: true, min: 1, max: 10_000 },
    attendances: { label: t('training.attendances'), required: true, integer: true, min: 0, max: 10_000_000 },
  };
  const record = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(form.values, rules, tf);
    setClientProblems(found);
    if (Object.keys(found).length) return;
    const v = form.values;
    const input = {
      title: v.title.trim(),
      organiserId: v.organiserId,
      schoolYear: v.schoolYear,
      heldOn: textOrNull(v.heldOn),
      classes: intOrNull(v.classes) ?? 0,
      attendances: intOrNull(v.attendances) ?? 0,
      attendancesAtLeast: atLeast,
    };
    if (await submission.submit(input, () => ({ cityCode, input }))) {
      form.setValues({ ...blank, schoolYear: v.schoolYear, organiserId: v.organiserId });
      setAtLeast(false);
    }
  };
  const errorOf = (name: Name) => clientProblems[name] ?? submission.fieldError(`input.${name}`);
  const context = useMemo(() => ({ additionalTypenames: ['Training'] }), []);
  const [{ data }] = useQuery({
    query: TrainingsQuery,
    variables: { cityCode, schoolYear: form.values.schoolYear },
    context,
  });
  const trainings = data?.city?.trainings;
  const listTitle = t('training.list', { year: form.values.schoolYear });
  const text = (name: Name, numeric = false, hint?: string) => (
    <TextInput
      label={rules[name].label}
      value={form.values[name]}
      onChange={form.set(name)}
      error={errorOf(name)}
      required={rules[name].required}
      inputMode={numeric ? 'numeric' : undefined}
      hint={hint}
    />
  );

  return (
    <div className="city-work-columns">
      <section aria-labelledby="training-title">
        <h2 id="training-title">{t('training.heading')}</h2>
        <form
          className="work-form"
          onSubmit={(e) => void record(e)}
          noValidate
          aria-labelledby="training-title"
        >
          {text('title')}
          <SelectInput
            label={rules.organiserId.label}
            value={form.values.organiserId}
            onChange={form.set('organiserId')}
            options={(choices.city?.organisations ?? []).map(({ id, name }) => ({ value: id, label: name }))}
            error={errorOf('organiserId')}
            required
          />
          <SelectInput
            label={t('schoolYear')}
            value={form.values.schoolYear}
            onChange={form.set('schoolYear')}
            options={years.map((y) => ({ value: y, label: y }))}
            error={errorOf('schoolYear')}
            noEmpty
          />
          {text('heldOn', false, t('award.dateHint'))}
          {text('classes', true)}
          {text('attendances', true)}
          <div className="form-field">
            <label>
              <input type="checkbox" checked={atLeast} onChange={(e) => setAtLeast(e.target.checked)} />{' '}
              {t('training.atLeast')}
            </label>
          </div>
          <FormAlert problems={submission.problems} success={submission.done ? t('training.saved') : null} />
          <div className="form-actions">
            <button type="submit" disabled={submission.submitting}>
              {submission.submitting ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="training-list-title">
        <h2 id="training-list-title">{listTitle}</h2>
        {trainings && trainings.length === 0 && <p>{t('none')}</p>}
        {trainings && trainings.length > 0 && (
          <table className="city-work-table">
            <caption className="visually-hidden">{listTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.title')}</th>
                <th scope="col">{t('training.organiser')}</th>
                <th scope="col">{t('training.heldOn')}</th>
                <th scope="col">{t('training.classes')}</th>
                <th scope="col">{t('training.attendances')}</th>
              </tr>
            </thead>
            <tbody>
              {[...trainings].reverse().map((training) => (
                <tr key={training.id}>
                  <td>{training.title}</td>
                  <td>{training.organiser.name}</td>
                  <td>{formatDate(training.heldOn)}</td>
                  <td>{formatNumber(training.classes)}</td>
                  <td>
                    {training.attendancesAtLeast ? '≥ ' : ''}
                    {formatNumber(training.attendances)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
