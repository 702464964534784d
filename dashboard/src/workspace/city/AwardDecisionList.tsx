import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDate, formatNumber } from '../../shared/format';
import { FormAlert } from '../forms/FormAlert';
import { useSubmission } from '../forms/use-submission';
import { AwardDecisionsQuery, RevokeAwardDecisionMutation } from './city.operations';
import { Pager, TextInput } from './controls';
import { NS } from './messages';
import { usePages } from './use-pages';

interface Revoking {
  id: string;
  version: number;
  what: string;
}

/** The city's decisions of a school year, a page at a time, each with "Thu hồi" while in force. */
export function AwardDecisionList({ cityCode, schoolYear }: { cityCode: string; schoolYear: string }) {
  const { t } = useTranslation(NS);
  const pages = usePages(schoolYear);
  const context = useMemo(() => ({ additionalTypenames: ['AwardDecision'] }), []);
  const [{ data, fetching }] = useQuery({
    query: AwardDecisionsQuery,
    variables: { cityCode, schoolYear, after: pages.after },
    context,
  });
  const [revoking, setRevoking] = useState<Revoking | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const revocation = useSubmission(RevokeAwardDecisionMutation);
  const connection = data?.city?.awardDecisions;

  const revoke = async (event: FormEvent) => {
    event.preventDefault();
    if (!revoking) return;
    if (!reason.trim()) return setReasonError(t('forms:required', { field: t('award.reason') }));
    setReasonError(undefined);
    const variables = { cityCode, id: revoking.id, version: revoking.version, reason: reason.trim() };
    if (await revocation.submit(variables, () => variables)) {
      setRevoking(null);
      setReason('');
    }
  };

  return (
    <section aria-labelledby="award-list-title">
      <h2 id="award-list-title">{t('award.list', { year: schoolYear })}</h2>
      {fetching && !data && <p role="status">{t('loading')}</p>}
      <FormAlert
        problems={revoking ? null : revocation.problems}
        success={revocation.done ? t('award.revoked') : null}
      />
      {revoking && (
        <form
          className="work-form"
          onSubmit={(e) => void revoke(e)}
          noValidate
          aria-labelledby="revoke-title"
        >
          <h3 id="revoke-title">{t('award.revokeFor', { what: revoking.what })}</h3>
          <TextInput
            label={t('award.reason')}
            value={reason}
            onChange={setReason}
            required
            multiline
            error={reasonError ?? revocation.fieldError('reason')}
          />
          <FormAlert problems={revocation.problems} />
          <div className="form-actions">
            <button type="submit" disabled={revocation.submitting}>
              {t('award.confirmRevoke')}
            </button>
            <button type="button" onClick={() => setRevoking(null)}>
              {t('award.cancel')}
            </button>
          </div>
        </form>
      )}
      {connection && connection.edges.length === 0 && <p>{t('none')}</p>}
      {connection && connection.edges.length > 0 && (
        <table className="city-work-table">
          <caption className="visually-hidden">{t('award.list', { year: schoolYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('award.kind')}</th>
              <th scope="col">{t('award.issuerLevel')}</th>
              <th scope="col">{t('award.recipientType')}</th>
              <th scope="col">{t('award.decisionNumber')}</th>
              <th scope="col">{t('award.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('award.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => {
              const what = [node.kindName, node.decisionNumber, node.recipientName]
                .filter(Boolean)
                .join(' · ');
              return (
                <tr key={node.id} data-id={node.id}>
                  <td>{node.kindName}</td>
                  <td>{t(`award.levels.${node.issuerLevel}`)}</td>
                  <td>
                    {t(`award.recipients.${node.recipientType}`)}: {formatNumber(node.recipientCount)}
                    {node.recipientName ? ` — ${node.recipientName}` : ''}
                  </td>
                  <td>
                    {node.decisionNumber ?? ''}
                    {node.decisionDate ? ` (${formatDate(node.decisionDate)})` : ''}
                  </td>
                  <td>
                    {t(`award.statusValue.${node.status}`)}
                    {node.status === 'REVOKED' && node.note ? <div className="muted">{node.note}</div> : null}
                  </td>
                  <td>
                    {node.status === 'ACTIVE' && (
                      <button
                        type="button"
                        aria-label={t('award.revokeFor', { what })}
                        onClick={() => {
                          revocation.reset();
                          setReason('');
                          setReasonError(undefined);
                          setRevoking({ id: node.id, version: node.version, what });
                        }}
                      >
                        {t('award.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {connection && (
        <Pager
          label={t('award.list', { year: schoolYear })}
          totalCount={connection.totalCount}
          hasPrevious={pages.hasPrevious}
          hasNext={connection.pageInfo.hasNextPage}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
        />
      )}
    </section>
  );
}
