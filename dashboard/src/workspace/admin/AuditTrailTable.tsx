import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatNumber } from '../../shared/format';
import { NS } from './messages';
import { HubAuditTrailQuery } from './admin.operations';

const PAGE_SIZE = 20;

/** The hub's change log, newest first, a page at a time (cursors kept to go back). */
export function AuditTrailTable() {
  const { t, i18n } = useTranslation(NS);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const [{ data, error }] = useQuery({
    query: HubAuditTrailQuery,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'network-only',
  });
  const trail = data?.hubAuditTrail;
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Asia/Ho_Chi_Minh',
  });

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.heading')}</h2>
      {error && !data && <p role="alert">{t('audit.loadFailed')}</p>}
      {trail && (
        <p>{t('audit.total', { count: trail.totalCount, formatted: formatNumber(trail.totalCount) })}</p>
      )}
      {trail && !trail.edges.length && <p>{t('audit.empty')}</p>}
      {trail && trail.edges.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('audit.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.recordedAt')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.role')}</th>
                <th scope="col">{t('audit.operation')}</th>
                <th scope="col">{t('audit.record')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{when.format(new Date(node.recordedAt as string))}</td>
                  <td>{node.actorSubject}</td>
                  <td>
                    {node.actorRole}
                    {node.actorCity && ` (${node.actorCity})`}
                  </td>
                  <td>{node.operation}</td>
                  <td>
                    {node.recordType} {node.recordId}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="secondary"
          disabled={cursors.length < 2}
          onClick={() => setCursors((previous) => previous.slice(0, -1))}
        >
          {t('audit.previous')}
        </button>
        <button
          type="button"
          disabled={!trail?.pageInfo.hasNextPage}
          onClick={() => setCursors((previous) => [...previous, trail?.pageInfo.endCursor ?? null])}
        >
          {t('audit.next')}
        </button>
      </div>
    </section>
  );
}
