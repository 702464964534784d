import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeKind } from '../../gql/graphql';
import { Field } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { checkFields } from '../forms/field-rules';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { NS } from './messages';
import { CreateProgrammeMutation } from './programme-work.operations';

const KINDS: ProgrammeKind[] = ['EXPERIENCE_SHARING', 'STUDY_VISIT', 'JOINT_TRAINING', 'JOINT_EVENT'];
type Name = 'title' | 'kind' | 'hostCity' | 'startsOn' | 'endsOn' | 'place';

interface Props {
  cityCode: string;
  cities: { code: string; name: string }[];
  campaigns: { code: string; name: string }[];
  onCreated: (id: string) => void;
}

/** A new programme with the officer's city among the participants (the graph requires it). */
export function CreateProgrammeForm({ cityCode, cities, campaigns, onCreated }: Props) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const empty: Record<Name, string> = {
    title: '',
    kind: 'EXPERIENCE_SHARING',
    hostCity: cityCode,
    startsOn: '',
    endsOn: '',
    place: '',
  };
  const [values, setValues] = useState(empty);
  const [others, setOthers] = useState<string[]>([]);
  const [agenda, setAgenda] = useState<string[]>([]);
  const [problems, setProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(CreateProgrammeMutation);
  const set = (name: Name, value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const error = (name: Name) => problems[name] ?? submission.fieldError(`input.${name}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(
      values,
      {
        title: { label: t('create.title'), required: true, maxLength: 400 },
        hostCity: { label: t('create.hostCity'), required: true },
        startsOn: { label: t('create.startsOn'), required: true, date: true },
        endsOn: { label: t('create.endsOn'), required: true, date: true },
        place: { label: t('create.place'), maxLength: 255 },
      },
      tForms,
    );
    if (!found.startsOn && !found.endsOn && values.endsOn < values.startsOn)
      found.endsOn = t('create.endsBeforeStarts');
    setProblems(found);
    if (Object.keys(found).length) return;
    const cityCodes = [...new Set([cityCode, values.hostCity, ...others])];
    const input = {
      title: values.title.trim(),
      kind: values.kind as ProgrammeKind,
      hostCity: values.hostCity,
      cityCodes,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      place: values.place.trim() || null,
      agendaCampaigns: agenda,
    };
    const data = await submission.submit(input, () => ({ input }));
    if (data) {
      setValues(empty);
      setOthers([]);
      setAgenda([]);
      onCreated(data.createExchangeProgramme.id);
    }
  };

  return (
    <form className="work-form" aria-labelledby="create-programme" noValidate onSubmit={submit}>
      <h2 id="create-programme">{t('create.heading')}</h2>
      <Field label={t('create.title')} required error={error('title')}>
        {(control) => (
          <input {...control} value={values.title} onChange={(e) => set('title', e.target.value)} />
        )}
      </Field>
      <Field label={t('create.kind')} required error={error('kind')}>
        {(control) => (
          <select {...control} value={values.kind} onChange={(e) => set('kind', e.target.value)}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('create.hostCity')} required error={error('hostCity')}>
        {(control) => (
          <select {...control} value={values.hostCity} onChange={(e) => set('hostCity', e.target.value)}>
            {cities.map((city) => (
              <option key={city.code} value={city.code}>
                {city.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby="programme-cities-hint">
        <legend>{t('create.cityCodes')}</legend>
        {cities.map((city) => (
          <label key={city.code} className="checkbox">
            <input
              type="checkbox"
              checked={city.code === cityCode || city.code === values.hostCity || others.includes(city.code)}
              disabled={city.code === cityCode || city.code === values.hostCity}
              onChange={(e) =>
                setOthers((previous) =>
                  e.target.checked ? [...previous, city.code] : previous.filter((code) => code !== city.code),
                )
              }
            />{' '}
            {city.name}
          </label>
        ))}
        <p id="programme-cities-hint" className="field-hint">
          {t('create.ownCityHint')}
        </p>
        {submission.fieldError('input.cityCodes') && (
          <p className="field-error">{submission.fieldError('input.cityCodes')}</p>
        )}
      </fieldset>
      <Field label={t('create.startsOn')} required error={error('startsOn')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={values.startsOn}
            onChange={(e) => set('startsOn', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('create.endsOn')} required error={error('endsOn')}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={values.endsOn}
            onChange={(e) => set('endsOn', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('create.place')} error={error('place')}>
        {(control) => (
          <input {...control} value={values.place} onChange={(e) => set('place', e.target.value)} />
        )}
      </Field>
      <Field
        label={t('create.agenda')}
        hint={t('create.agendaHint')}
        error={submission.fieldError('input.agendaCampaigns')}
      >
        {(control) => (
          <select
            {...control}
            multiple
            size={6}
            value={agenda}
            onChange={(e) => setAgenda([...e.target.selectedOptions].map((option) => option.value))}
          >
            {campaigns.map((campaign) => (
              <option key={campaign.code} value={campaign.code}>
                {campaign.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormAlert
        problems={submission.problems}
        success={
          submission.done && t('create.done', { title: submission.done.createExchangeProgramme.title })
        }
      />
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? tForms('submitting') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}
