import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../shared/format';
import { checkFields } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { ReceivePledgeMutation } from './drive-work.operations';
import type { WorkPledge } from './drive-model';
import { TextInput, useFormValues } from './inputs';
import { NS } from './messages';
import { today } from './party-access';

/**
 * An organiser records money received against one pledge, named by its sponsor, never more than is
 * still to come. It stays mounted once the pledge is received in full, so its confirmation stays too.
 */
export function ReceiveForm({
  pledge,
  sponsor,
  onDone,
}: {
  pledge: WorkPledge;
  sponsor: string;
  onDone: () => void;
}) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const remaining = pledge.status === 'PLEDGED' ? pledge.amount - pledge.receivedAmount : 0;
  const form = useFormValues({ amount: '', receivedOn: today() });
  const amount = form.values.amount || String(remaining);
  const submission = useSubmission(ReceivePledgeMutation);
  const name = t('receiveFrom', { sponsor });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const values = { amount, receivedOn: form.values.receivedOn };
    const problems = checkFields(
      values,
      {
        amount: { label: t('field.amount'), required: true, integer: true, min: 1, max: remaining },
        receivedOn: { label: t('field.receivedOn'), required: true, date: true },
      },
      tForms,
    );
    form.setProblems(problems);
    if (Object.keys(problems).length) return;
    const done = await submission.submit({ pledgeId: pledge.id, ...values }, (idempotencyKey) => ({
      pledgeId: pledge.id,
      amount: Number(amount),
      receivedOn: values.receivedOn,
      idempotencyKey,
    }));
    if (done) {
      form.reset();
      onDone();
    }
  };
  if (remaining <= 0 && !submission.done && !submission.problems) return null;
  return (
    <form className="work-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={name}>
      {remaining > 0 && (
        <>
          <TextInput
            label={t('field.amount')}
            type="number"
            required
            value={amount}
            onChange={form.set('amount')}
            error={form.problems.amount ?? submission.fieldError('amount')}
          />
          <TextInput
            label={t('field.receivedOn')}
            type="date"
            required
            value={form.values.receivedOn}
            onChange={form.set('receivedOn')}
            error={form.problems.receivedOn ?? submission.fieldError('receivedOn')}
          />
        </>
      )}
      <FormAlert
        problems={submission.problems}
        success={
          submission.done &&
          t('receiveDone', { amount: formatMoney(Number(submission.done.receivePledge.receivedAmount)) })
        }
      />
      {remaining > 0 && (
        <div className="form-actions">
          <button type="submit" disabled={submission.submitting}>
            {name}
          </button>
        </div>
      )}
    </form>
  );
}
