import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../shared/format';
import { checkFields } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { PledgeMutation } from './drive-work.operations';
import { partyName, type Steps, type WorkDrive } from './drive-model';
import { SelectInput, Step, TextInput, useFormValues } from './inputs';
import { NS } from './messages';
import { partyLabel, today } from './party-access';
import { ReceiveForm } from './ReceiveForm';

export interface StepProps {
  drive: WorkDrive;
  steps: Steps;
  onDone: () => void;
}

/** A sponsor's officer pledges; the idempotency key makes a double click or a retry one pledge. */
function PledgeForm({ drive, steps, onDone }: StepProps) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const form = useFormValues({
    sponsor: steps.sponsors[0]?.id ?? '',
    amount: '',
    pledgedOn: today(),
    note: '',
  });
  const submission = useSubmission(PledgeMutation);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkFields(
      form.values,
      {
        amount: { label: t('field.amount'), required: true, integer: true, min: 1 },
        pledgedOn: { label: t('field.pledgedOn'), required: true, date: true },
        note: { label: t('field.note'), maxLength: 500 },
      },
      tForms,
    );
    form.setProblems(problems);
    if (Object.keys(problems).length) return;
    const { sponsor, amount, pledgedOn, note } = form.values;
    const done = await submission.submit(form.values, (idempotencyKey) => ({
      driveId: drive.id,
      sponsorPartyId: sponsor,
      amount: Number(amount),
      pledgedOn,
      note: note.trim() || null,
      idempotencyKey,
    }));
    if (done) {
      form.reset();
      onDone();
    }
  };
  const error = (name: 'amount' | 'pledgedOn' | 'note') => form.problems[name] ?? submission.fieldError(name);
  return (
    <Step id="step-pledge" title={t('stepPledge')}>
      <form className="work-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="step-pledge">
        <SelectInput
          label={t('field.sponsor')}
          value={form.values.sponsor}
          onChange={form.set('sponsor')}
          options={steps.sponsors.map((party) => ({ value: party.id, label: partyLabel(party) }))}
          error={submission.fieldError('sponsorPartyId')}
        />
        <TextInput
          label={t('field.amount')}
          type="number"
          required
          value={form.values.amount}
          onChange={form.set('amount')}
          error={error('amount')}
        />
        <TextInput
          label={t('field.pledgedOn')}
          type="date"
          required
          value={form.values.pledgedOn}
          onChange={form.set('pledgedOn')}
          error={error('pledgedOn')}
        />
        <TextInput
          label={t('field.note')}
          value={form.values.note}
          onChange={form.set('note')}
          error={error('note')}
        />
        <FormAlert
          problems={submission.problems}
          success={
            submission.done && t('pledgeDone', { amount: formatMoney(submission.done.pledgeToDrive.amount) })
          }
        />
        <div className="form-actions">
          <button type="submit" disabled={submission.submitting}>
            {t('pledgeSubmit')}
          </button>
        </div>
      </form>
    </Step>
  );
}

/** Pledging, the pledges so far with who made each and, for organisers, the money received against each. */
export function MoneySteps({ drive, steps, onDone }: StepProps) {
  const { t } = useTranslation(NS);
  return (
    <>
      {steps.pledge && <PledgeForm drive={drive} steps={steps} onDone={onDone} />}
      <Step id="step-pledges" title={t('stepPledges')}>
        {drive.pledges.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ul className="pledges" aria-label={t('stepPledges')}>
            {drive.pledges.map((p) => {
              const sponsor = partyName(drive, p.sponsor.id);
              return (
                <li key={p.id}>
                  <p>
                    <strong>{sponsor}</strong>
                    {': '}
                    {t('pledgeLine', {
                      amount: formatMoney(p.amount),
                      date: formatDate(p.pledgedOn),
                      received: formatMoney(p.receivedAmount),
                      status: t(`pledgeStatuses.${p.status}`),
                    })}
                    {p.note ? ` · ${p.note}` : ''}
                  </p>
                  {steps.receive && <ReceiveForm pledge={p} sponsor={sponsor} onDone={onDone} />}
                </li>
              );
            })}
          </ul>
        )}
      </Step>
    </>
  );
}
