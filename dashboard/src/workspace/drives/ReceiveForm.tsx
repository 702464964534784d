import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../shared/format';
import { checkFields } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { ReceivePledgeMutation } from './drive-work.operations';
import type { WorkDrive } from './drive-model';
import { SelectInput, TextInput, useFormValues } from './inputs';
import { NS } from './messages';
import { today } from './party-access';

/** An organiser records money received against a pledge, never more than is still to come. */
export function ReceiveForm({ drive, onDone }: { drive: WorkDrive; onDone: () => void }) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const open = drive.pledges.filter((p) => p.status === 'PLEDGED' && p.receivedAmount < p.amount);
  const form = useFormValues({ pledge: '', amount: '', receivedOn: today() });
  const pledgeId = open.some((p) => p.id === form.values.pledge) ? form.values.pledge : (open[0]?.id ?? '');
  const pledge = open.find((p) => p.id === pledgeId);
  const amount = form.values.amount || (pledge ? String(pledge.amount - pledge.receivedAmount) : '');
  const submission = useSubmission(ReceivePledgeMutation);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const values = { amount, receivedOn: form.values.receivedOn };
    const problems = checkFields(
      values,
      {
        amount: { label: t('field.amount'), required: true, integer: true, min: 1 },
        receivedOn: { label: t('field.receivedOn'), required: true, date: true },
      },
      tForms,
    );
    form.setProblems(problems);
    if (Object.keys(problems).length || !pledgeId) return;
    const done = await submission.submit({ pledgeId, ...values }, (idempotencyKey) => ({
      pledgeId,
      amount: Number(amount),
      receivedOn: values.receivedOn,
      idempotencyKey,
    }));
    if (done) {
      form.reset();
      onDone();
    }
  };
  if (!open.length && !submission.done) return null;
  return (
    <form className="work-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="step-receive">
      <h3 id="step-receive">{t('stepReceive')}</h3>
      {open.length > 0 && (
        <>
          <SelectInput
            label={t('field.pledge')}
            value={pledgeId}
            onChange={(value) => {
              form.set('pledge')(value);
              form.set('amount')('');
            }}
            options={open.map((p) => ({
              value: p.id,
              label: `${formatMoney(p.amount)} · ${formatDate(p.pledgedOn)}${p.note ? ` · ${p.note}` : ''}`,
            }))}
            error={submission.fieldError('pledgeId')}
          />
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
      {open.length > 0 && (
        <div className="form-actions">
          <button type="submit" disabled={submission.submitting}>
            {t('receiveSubmit')}
          </button>
        </div>
      )}
    </form>
  );
}
