import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStatus } from '../../gql/graphql';
import { Field } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { checkFields } from '../forms/field-rules';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { NS } from './messages';
import { RecordProgrammeMutation } from './programme-work.operations';
import { type FollowUpDraft, FollowUpRows } from './FollowUpRows';
import { UnitSelect } from './UnitSelect';

const STATUSES: ProgrammeStatus[] = ['PLANNED', 'HELD', 'CANCELLED'];

interface Props {
  programme: { id: string; status: ProgrammeStatus; outcomes: string[]; cityCodes: string[] };
  cityName: (code: string) => string;
  onRecorded: () => void;
}

/** Status, outcomes (replacing the list), new follow-ups and visited units, in one submission. */
export function OutcomeForm({ programme, cityName, onRecorded }: Props) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const [status, setStatus] = useState<ProgrammeStatus>(programme.status);
  const [outcomes, setOutcomes] = useState(programme.outcomes.join('\n'));
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [rowProblems, setRowProblems] = useState<Record<string, string>[]>([]);
  const [visitCity, setVisitCity] = useState(programme.cityCodes[0] ?? '');
  const [visits, setVisits] = useState<{ cityCode: string; id: string; name: string }[]>([]);
  const submission = useSubmission(RecordProgrammeMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = followUps.map(
      (row) =>
        checkFields(
          row,
          {
            action: { label: t('outcome.action'), required: true, maxLength: 2000 },
            ownerCity: { label: t('outcome.ownerCity'), required: true },
            dueOn: { label: t('outcome.dueOn'), required: true, date: true },
          },
          tForms,
        ) as Record<string, string>,
    );
    setRowProblems(found);
    if (found.some((row) => Object.keys(row).length)) return;
    const variables = {
      programmeId: programme.id,
      status,
      outcomes: outcomes
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      followUps: followUps.map((row) => ({
        action: row.action.trim(),
        ownerCity: row.ownerCity,
        ownerUnitId: row.ownerUnitId || null,
        dueOn: row.dueOn,
      })),
      visitedUnits: visits.map(({ cityCode, id }) => ({ cityCode, id })),
    };
    if (await submission.submit(variables, () => variables)) {
      setFollowUps([]);
      setVisits([]);
      onRecorded();
    }
  };

  return (
    <form className="work-form" aria-labelledby="outcome-form" noValidate onSubmit={submit}>
      <h3 id="outcome-form">{t('outcome.heading')}</h3>
      <Field label={t('outcome.status')} required error={submission.fieldError('status')}>
        {(control) => (
          <select {...control} value={status} onChange={(e) => setStatus(e.target.value as ProgrammeStatus)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`statuses.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('outcome.outcomes')} error={submission.fieldError('outcomes')}>
        {(control) => (
          <textarea {...control} rows={4} value={outcomes} onChange={(e) => setOutcomes(e.target.value)} />
        )}
      </Field>
      <FollowUpRows
        rows={followUps}
        problems={rowProblems}
        serverError={(field, index) =>
          submission.fieldError(`followUps[${index}].${field}`) ?? submission.fieldError(`followUps.${field}`)
        }
        cityCodes={programme.cityCodes}
        cityName={cityName}
        onChange={setFollowUps}
      />
      <fieldset>
        <legend>{t('outcome.visited')}</legend>
        {visits.length > 0 && (
          <ul>
            {visits.map((visit) => (
              <li key={`${visit.cityCode}/${visit.id}`}>
                {visit.name} ({cityName(visit.cityCode)}){' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setVisits((previous) => previous.filter((other) => other !== visit))}
                >
                  {t('outcome.removeVisit', { name: visit.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <Field label={t('outcome.visitedCity')}>
          {(control) => (
            <select {...control} value={visitCity} onChange={(e) => setVisitCity(e.target.value)}>
              {programme.cityCodes.map((code) => (
                <option key={code} value={code}>
                  {cityName(code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('outcome.visitedUnit')} error={submission.fieldError('visitedUnits')}>
          {(control) => (
            <UnitSelect
              control={control}
              cityCode={visitCity}
              value=""
              onChange={(id, name) =>
                id &&
                setVisits((previous) =>
                  previous.some((visit) => visit.cityCode === visitCity && visit.id === id)
                    ? previous
                    : [...previous, { cityCode: visitCity, id, name }],
                )
              }
            />
          )}
        </Field>
      </fieldset>
      <FormAlert problems={submission.problems} success={submission.done && t('outcome.done')} />
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? tForms('submitting') : t('outcome.submit')}
        </button>
      </div>
    </form>
  );
}
