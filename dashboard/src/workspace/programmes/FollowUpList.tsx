import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '../../gql/graphql';
import { formatDate } from '../../shared/format';
import { FormAlert } from '../forms/FormAlert';
import { useSubmission } from '../forms/use-submission';
import { NS } from './messages';
import { SetFollowUpStatusMutation } from './programme-work.operations';

interface FollowUp {
  id: string;
  action: string;
  ownerCity: string;
  dueOn: string | null;
  status: FollowUpStatus;
  isOverdue: boolean;
}

/** The programme's follow-ups; the owner city's officers close theirs (DONE or DROPPED). */
export function FollowUpList({
  followUps,
  cityCode,
  cityName,
  onChanged,
}: {
  followUps: FollowUp[];
  cityCode: string;
  cityName: (code: string) => string;
  onChanged: () => void;
}) {
  const { t } = useTranslation(NS);
  const submission = useSubmission(SetFollowUpStatusMutation);
  const change = async (id: string, status: FollowUpStatus) => {
    if (await submission.submit({ id, status }, () => ({ id, status }))) onChanged();
  };

  return (
    <section aria-labelledby="follow-ups-heading">
      <h3 id="follow-ups-heading">{t('followUps.heading')}</h3>
      {followUps.length ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('followUps.action')}</th>
              <th scope="col">{t('followUps.owner')}</th>
              <th scope="col">{t('followUps.dueOn')}</th>
              <th scope="col">{t('followUps.status')}</th>
              <th scope="col">{t('followUps.change')}</th>
            </tr>
          </thead>
          <tbody>
            {followUps.map((followUp) => (
              <tr key={followUp.id}>
                <td>{followUp.action}</td>
                <td>{cityName(followUp.ownerCity)}</td>
                <td>
                  {formatDate(followUp.dueOn)}
                  {followUp.isOverdue && ` (${t('followUps.overdue')})`}
                </td>
                <td>{t(`followUpStatuses.${followUp.status}`)}</td>
                <td>
                  {followUp.status !== 'OPEN' ? null : followUp.ownerCity === cityCode ? (
                    <span className="form-actions">
                      <button
                        type="button"
                        disabled={submission.submitting}
                        onClick={() => void change(followUp.id, 'DONE')}
                      >
                        {t('followUps.markDone')}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        disabled={submission.submitting}
                        onClick={() => void change(followUp.id, 'DROPPED')}
                      >
                        {t('followUps.drop')}
                      </button>
                    </span>
                  ) : (
                    t('followUps.onlyOwner')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('followUps.empty')}</p>
      )}
      <FormAlert problems={submission.problems} success={submission.done && t('followUps.done')} />
    </section>
  );
}
