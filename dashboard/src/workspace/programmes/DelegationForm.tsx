import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { checkFields } from '../forms/field-rules';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { NS } from './messages';
import { AddDelegationMemberMutation } from './programme-work.operations';

type Name = 'fullName' | 'position' | 'leaderId';

interface Props {
  programme: {
    id: string;
    delegationMembers: {
      id: string;
      cityCode: string;
      fullName: string;
      position: string;
      coChair: boolean;
    }[];
  };
  cityCode: string;
  cityName: (code: string) => string;
  leaders: { id: string; fullName: string; title: string }[];
  onAdded: () => void;
}

/**
 * The delegations so far, and a form adding to the officer's own city's delegation only: the graph
 * lets each city's officers name their own delegation, no one else's.
 */
export function DelegationForm({ programme, cityCode, cityName, leaders, onAdded }: Props) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const empty: Record<Name, string> = { fullName: '', position: '', leaderId: '' };
  const [values, setValues] = useState(empty);
  const [coChair, setCoChair] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(AddDelegationMemberMutation);
  const set = (name: Name, value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const error = (name: Name) => problems[name] ?? submission.fieldError(`input.${name}`);

  const chooseLeader = (leaderId: string) => {
    const leader = leaders.find((candidate) => candidate.id === leaderId);
    setValues((previous) => ({
      leaderId,
      fullName: leader && !previous.fullName ? leader.fullName : previous.fullName,
      position: leader && !previous.position ? leader.title : previous.position,
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(
      values,
      {
        fullName: { label: t('delegation.fullName'), required: true, maxLength: 120 },
        position: { label: t('delegation.position'), required: true, maxLength: 120 },
      },
      tForms,
    );
    setProblems(found);
    if (Object.keys(found).length) return;
    const input = {
      cityCode,
      fullName: values.fullName.trim(),
      position: values.position.trim(),
      coChair,
      leaderId: values.leaderId || null,
    };
    const data = await submission.submit(input, () => ({ programmeId: programme.id, input }));
    if (data) {
      setValues(empty);
      setCoChair(false);
      onAdded();
    }
  };

  return (
    <>
      <h3>{t('delegation.members')}</h3>
      {programme.delegationMembers.length ? (
        <ul className="delegation-members">
          {programme.delegationMembers.map((member) => (
            <li key={member.id}>
              {cityName(member.cityCode)}: {member.fullName} ({member.position})
              {member.coChair && ` · ${t('delegation.coChair')}`}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('delegation.empty')}</p>
      )}
      <form className="work-form" aria-labelledby="delegation-form" noValidate onSubmit={submit}>
        <h3 id="delegation-form">{t('delegation.heading', { city: cityName(cityCode) })}</h3>
        {submission.fieldError('input.cityCode') && (
          <p className="field-error">{submission.fieldError('input.cityCode')}</p>
        )}
        {leaders.length > 0 && (
          <Field label={t('delegation.leader')} error={error('leaderId')}>
            {(control) => (
              <select {...control} value={values.leaderId} onChange={(e) => chooseLeader(e.target.value)}>
                <option value="">{t('delegation.noLeader')}</option>
                {leaders.map((leader) => (
                  <option key={leader.id} value={leader.id}>
                    {leader.fullName} – {leader.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('delegation.fullName')} required error={error('fullName')}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={values.fullName}
              onChange={(e) => set('fullName', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('delegation.position')} required error={error('position')}>
          {(control) => (
            <input {...control} value={values.position} onChange={(e) => set('position', e.target.value)} />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={coChair} onChange={(e) => setCoChair(e.target.checked)} />{' '}
          {t('delegation.coChair')}
        </label>
        <FormAlert
          problems={submission.problems}
          success={
            submission.done && t('delegation.done', { name: submission.done.addDelegationMember.fullName })
          }
        />
        <div className="form-actions">
          <button type="submit" disabled={submission.submitting}>
            {submission.submitting ? tForms('submitting') : t('delegation.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
