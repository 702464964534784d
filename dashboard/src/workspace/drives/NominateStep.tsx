import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentMethod } from '../../gql/graphql';
import { checkFields, type FieldRule } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { NominateMutation } from './drive-work.operations';
import type { Steps, WorkDrive } from './drive-model';
import { SelectInput, Step, TextInput, useFormValues } from './inputs';
import { NS } from './messages';
import { partyLabel, today } from './party-access';

const METHODS: ConsentMethod[] = ['SIGNED_FORM', 'IN_PERSON', 'PHONE', 'ELECTRONIC'];
type Name =
  | 'fullName'
  | 'birthYear'
  | 'schoolName'
  | 'gradeLabel'
  | 'circumstances'
  | 'achievements'
  | 'guardianName'
  | 'guardianConsentOn';
const TEXTS: Name[] = ['fullName', 'birthYear', 'schoolName', 'gradeLabel', 'circumstances', 'achievements'];

/**
 * A beneficiary unit's officer nominates a student. The guardian's consent is part of the record —
 * who, when, how — and the form cannot be sent until the officer confirms it was given.
 */
export function NominateStep({
  drive,
  steps,
  onDone,
}: {
  drive: WorkDrive;
  steps: Steps;
  onDone: () => void;
}) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const consentId = useId();
  const form = useFormValues<Name | 'beneficiary' | 'guardianConsentMethod'>({
    beneficiary: steps.beneficiaries[0]?.id ?? '',
    fullName: '',
    birthYear: '',
    schoolName: '',
    gradeLabel: '',
    circumstances: '',
    achievements: '',
    guardianName: '',
    guardianConsentOn: today(),
    guardianConsentMethod: 'SIGNED_FORM',
  });
  const [consent, setConsent] = useState(false);
  const [consentProblem, setConsentProblem] = useState<string>();
  const submission = useSubmission(NominateMutation);
  const label = (name: Name) => t(`field.${name}`);
  const year = new Date().getFullYear();
  const rules: Record<Name, FieldRule> = {
    fullName: { label: label('fullName'), required: true, maxLength: 120 },
    birthYear: { label: label('birthYear'), required: true, integer: true, min: year - 25, max: year - 3 },
    schoolName: { label: label('schoolName'), required: true, maxLength: 200 },
    gradeLabel: { label: label('gradeLabel'), required: true, maxLength: 40 },
    circumstances: { label: label('circumstances'), required: true, maxLength: 1000 },
    achievements: { label: label('achievements'), required: true, maxLength: 1000 },
    guardianName: { label: label('guardianName'), required: true, maxLength: 120 },
    guardianConsentOn: { label: label('guardianConsentOn'), required: true, date: true },
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkFields(form.values, rules, tForms);
    form.setProblems(problems);
    setConsentProblem(consent ? undefined : t('consentRequired'));
    if (Object.keys(problems).length || !consent) return;
    const { beneficiary, birthYear, guardianConsentMethod, ...text } = form.values;
    const student = {
      fullName: text.fullName.trim(),
      birthYear: Number(birthYear),
      schoolName: text.schoolName.trim(),
      gradeLabel: text.gradeLabel.trim(),
      circumstances: text.circumstances.trim(),
      achievements: text.achievements.trim(),
      guardianName: text.guardianName.trim(),
      guardianConsentOn: text.guardianConsentOn,
      guardianConsentMethod: guardianConsentMethod as ConsentMethod,
    };
    const done = await submission.submit(form.values, () => ({
      driveId: drive.id,
      beneficiaryPartyId: beneficiary,
      student,
    }));
    if (done) {
      form.reset();
      setConsent(false);
      onDone();
    }
  };
  const error = (name: Name) => form.problems[name] ?? submission.fieldError(`student.${name}`);
  const text = (name: Name, type?: 'number' | 'date', multiline?: boolean) => (
    <TextInput
      key={name}
      label={label(name)}
      type={type}
      multiline={multiline}
      required
      value={form.values[name]}
      onChange={form.set(name)}
      error={error(name)}
    />
  );

  return (
    <Step id="step-nominate" title={t('stepNominate')}>
      <form className="work-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <p className="field-hint">{t('hint.studentPrivacy')}</p>
        {steps.beneficiaries.length > 1 && (
          <SelectInput
            label={t('field.beneficiary')}
            value={form.values.beneficiary}
            onChange={form.set('beneficiary')}
            options={steps.beneficiaries.map((party) => ({ value: party.id, label: partyLabel(party) }))}
          />
        )}
        {TEXTS.map((name) =>
          text(
            name,
            name === 'birthYear' ? 'number' : undefined,
            name === 'circumstances' || name === 'achievements',
          ),
        )}
        <fieldset>
          <legend>{t('consentGroup')}</legend>
          {text('guardianName')}
          {text('guardianConsentOn', 'date')}
          <SelectInput
            label={t('field.guardianConsentMethod')}
            required
            value={form.values.guardianConsentMethod}
            onChange={form.set('guardianConsentMethod')}
            options={METHODS.map((method) => ({ value: method, label: t(`consentMethods.${method}`) }))}
            error={submission.fieldError('student.guardianConsentMethod')}
          />
          <div className={`form-field consent-check${consentProblem ? ' has-error' : ''}`}>
            <label>
              <input
                type="checkbox"
                required
                checked={consent}
                aria-invalid={!!consentProblem}
                aria-describedby={`${consentId}-hint${consentProblem ? ` ${consentId}-error` : ''}`}
                onChange={(e) => {
                  setConsent(e.target.checked);
                  setConsentProblem(undefined);
                }}
              />{' '}
              {t('field.consent')}
            </label>
            <p id={`${consentId}-hint`} className="field-hint">
              {t('hint.consent')}
            </p>
            {consentProblem && (
              <p id={`${consentId}-error`} className="field-error">
                {consentProblem}
              </p>
            )}
          </div>
        </fieldset>
        <FormAlert
          problems={submission.problems}
          success={
            submission.done && t('nominateDone', { initials: submission.done.nominateStudent.initials })
          }
        />
        <div className="form-actions">
          <button type="submit" disabled={submission.submitting}>
            {t('nominateSubmit')}
          </button>
        </div>
      </form>
    </Step>
  );
}
