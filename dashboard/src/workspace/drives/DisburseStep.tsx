import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisbursementMethod } from '../../gql/graphql';
import { formatDate, formatMoney } from '../../shared/format';
import { checkFields } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { DisburseMutation } from './drive-work.operations';
import { whoIs, type Steps, type Students, type WorkDrive } from './drive-model';
import { SelectInput, Step, TextInput, useFormValues } from './inputs';
import { NS } from './messages';
import { today } from './party-access';

type Award = WorkDrive['awardedScholarships'][number];
const METHODS: DisbursementMethod[] = ['BANK_TRANSFER', 'CASH'];
const paidOf = (award: Award) => award.disbursements.reduce((total, d) => total + d.amount, 0);

/** One payment of one award, named by the student it pays; the idempotency key makes a retry one payment. */
function DisburseForm({ award, who, onDone }: { award: Award; who: string; onDone: () => void }) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const remaining = award.amount - paidOf(award);
  const form = useFormValues({ amount: '', paidOn: today(), method: 'BANK_TRANSFER', acknowledgedBy: '' });
  const amount = form.values.amount || String(remaining);
  const submission = useSubmission(DisburseMutation);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const values = { ...form.values, amount };
    const problems = checkFields(
      values,
      {
        amount: { label: t('field.amount'), required: true, integer: true, min: 1, max: remaining },
        paidOn: { label: t('field.paidOn'), required: true, date: true },
        acknowledgedBy: { label: t('field.acknowledgedBy'), maxLength: 120 },
      },
      tForms,
    );
    form.setProblems(problems);
    if (Object.keys(problems).length) return;
    const done = await submission.submit({ awardId: award.id, ...values }, (idempotencyKey) => ({
      awardId: award.id,
      amount: Number(amount),
      paidOn: values.paidOn,
      method: values.method as DisbursementMethod,
      acknowledgedBy: values.acknowledgedBy.trim() || null,
      idempotencyKey,
    }));
    if (done) {
      form.reset();
      onDone();
    }
  };
  const error = (name: 'amount' | 'paidOn' | 'acknowledgedBy') =>
    form.problems[name] ?? submission.fieldError(name);
  return (
    <form
      className="work-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('disburseSubmit', { who })}
    >
      {remaining > 0 && (
        <>
          <TextInput
            label={t('field.amount')}
            type="number"
            required
            value={amount}
            onChange={form.set('amount')}
            error={error('amount')}
          />
          <TextInput
            label={t('field.paidOn')}
            type="date"
            required
            value={form.values.paidOn}
            onChange={form.set('paidOn')}
            error={error('paidOn')}
          />
          <SelectInput
            label={t('field.method')}
            value={form.values.method}
            onChange={form.set('method')}
            options={METHODS.map((method) => ({ value: method, label: t(`methods.${method}`) }))}
            error={submission.fieldError('method')}
          />
          <TextInput
            label={t('field.acknowledgedBy')}
            value={form.values.acknowledgedBy}
            onChange={form.set('acknowledgedBy')}
            error={error('acknowledgedBy')}
          />
        </>
      )}
      <FormAlert
        problems={submission.problems}
        success={
          submission.done &&
          t('disburseDone', { amount: formatMoney(submission.done.disburseScholarship.amount) })
        }
      />
      {remaining > 0 && (
        <div className="form-actions">
          <button type="submit" disabled={submission.submitting}>
            {t('disburseSubmit', { who })}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * The scholarships awarded, each named by its student (the full name for organisers until erased, the
 * initials for everyone else), what was paid of each and, for organisers while they may, a payment.
 */
export function DisburseStep({
  drive,
  steps,
  students,
  onDone,
}: {
  drive: WorkDrive;
  steps: Steps;
  students?: Students | null;
  onDone: () => void;
}) {
  const { t } = useTranslation(NS);
  if (!drive.awardedScholarships.length) return null;
  const acknowledged = (id: string) =>
    students?.awardedScholarships.flatMap((a) => a.disbursements).find((d) => d.id === id)?.acknowledgedBy;
  return (
    <Step id="step-disburse" title={t('stepDisburse')}>
      <ul className="awards">
        {drive.awardedScholarships.map((award) => (
          <li key={award.id}>
            <p>
              {t('awardLine', {
                who: whoIs(students, award.nomination),
                amount: formatMoney(award.amount),
                date: formatDate(award.awardedOn),
                paid: formatMoney(paidOf(award)),
              })}
            </p>
            {award.disbursements.length > 0 && (
              <ul className="plain-list">
                {award.disbursements.map((d) => (
                  <li key={d.id}>
                    {formatMoney(d.amount)} · {formatDate(d.paidOn)} · {t(`methods.${d.method}`)}
                    {acknowledged(d.id) ? ` · ${acknowledged(d.id)}` : ''}
                  </li>
                ))}
              </ul>
            )}
            {steps.disburse && (
              <DisburseForm award={award} who={whoIs(students, award.nomination)} onDone={onDone} />
            )}
          </li>
        ))}
      </ul>
    </Step>
  );
}
