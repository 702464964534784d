import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/format';
import { checkField } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { AwardMutation, DecideNominationMutation } from './drive-work.operations';
import { partyName, studentRecordOf, type Steps, type Students, type WorkDrive } from './drive-model';
import { Step, TextInput } from './inputs';
import { NS } from './messages';
import { today } from './party-access';

interface SelectionProps {
  drive: WorkDrive;
  steps: Steps;
  students?: Students | null;
  onDone: () => void;
}

/**
 * The nominations with their nominating unit (initials for all, the record for organisers); organisers
 * decide, and award each approved student who has no scholarship yet while scholarships remain.
 */
export function SelectionStep({ drive, steps, students, onDone }: SelectionProps) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const decision = useSubmission(DecideNominationMutation);
  const award = useSubmission(AwardMutation);
  const [awardedOn, setAwardedOn] = useState(today());
  const [awardedOnProblem, setAwardedOnProblem] = useState<string>();
  const awarded = new Set(drive.awardedScholarships.map((a) => a.nomination.id));
  const awardable = (n: { id: string; status: string }) => n.status === 'APPROVED' && !awarded.has(n.id);
  const mayAward =
    steps.select &&
    drive.awardedScholarships.length < drive.scholarships &&
    drive.nominations.some(awardable);

  const decide = async (nominationId: string, approve: boolean) => {
    if (await decision.submit({ nominationId, approve }, () => ({ nominationId, approve }))) onDone();
  };
  const awardTo = async (nominationId: string) => {
    const problem = checkField(
      awardedOn,
      { label: t('field.awardedOn'), required: true, date: true },
      tForms,
    );
    setAwardedOnProblem(problem);
    if (problem) return;
    if (await award.submit({ nominationId, awardedOn }, () => ({ nominationId, awardedOn }))) onDone();
  };

  if (!drive.nominations.length) return null;
  return (
    <Step id="step-nominations" title={t('stepNominations')}>
      {mayAward && (
        <TextInput
          label={t('field.awardedOn')}
          type="date"
          required
          value={awardedOn}
          onChange={(value) => {
            setAwardedOn(value);
            setAwardedOnProblem(undefined);
          }}
          error={awardedOnProblem ?? award.fieldError('awardedOn')}
        />
      )}
      <FormAlert problems={decision.problems} success={decision.done && t('decided')} />
      <FormAlert problems={award.problems} success={award.done && t('awardDone')} />
      <ul className="nominations" aria-label={t('stepNominations')}>
        {drive.nominations.map((nomination) => {
          const student = studentRecordOf(students, nomination.id);
          const who = student?.fullName ?? nomination.initials;
          return (
            <li key={nomination.id}>
              <p>
                <strong>{who}</strong> · {t(`nominationStatuses.${nomination.status}`)}
                {student?.schoolName && ` · ${student.schoolName}`}
                {student?.gradeLabel && `, ${student.gradeLabel}`}
                {awarded.has(nomination.id) && ` · ${t('hasAward')}`}
              </p>
              <p className="field-hint">
                {t('nominatedBy', { unit: partyName(drive, nomination.beneficiary.id) })}
              </p>
              {student?.guardianName && (
                <p className="field-hint">
                  {t('consentLine', {
                    guardian: student.guardianName,
                    date: formatDate(student.guardianConsentOn),
                    method: student.guardianConsentMethod
                      ? t(`consentMethods.${student.guardianConsentMethod}`)
                      : '—',
                  })}
                </p>
              )}
              {steps.select && nomination.status === 'NOMINATED' && (
                <div className="form-actions">
                  <button
                    type="button"
                    disabled={decision.submitting}
                    onClick={() => void decide(nomination.id, true)}
                  >
                    {t('approve', { who })}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={decision.submitting}
                    onClick={() => void decide(nomination.id, false)}
                  >
                    {t('reject', { who })}
                  </button>
                </div>
              )}
              {mayAward && awardable(nomination) && (
                <div className="form-actions">
                  <button
                    type="button"
                    disabled={award.submitting}
                    onClick={() => void awardTo(nomination.id)}
                  >
                    {t('awardSubmit', { who })}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Step>
  );
}
