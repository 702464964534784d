import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { i18n } from '../../i18n/i18n';
import { QueryState } from '../../shared/status';
import { AuditTrailQuery } from './units.operations';
import { Pager } from './controls';
import { NS } from './messages';
import { usePages } from './use-pages';

const formatMoment = (iso: string) =>
  new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));

/** The city's changes, newest first, a page at a time. */
export function AuditTrailSection({ cityCode }: { cityCode: string }) {
  const { t } = useTranslation(NS);
  const pages = usePages('');
  const [{ data, fetching, error }] = useQuery({
    query: AuditTrailQuery,
    variables: { cityCode, after: pages.after },
    requestPolicy: 'network-only',
  });
  const connection = data?.cityAuditTrail;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.heading')}</h2>
      <QueryState fetching={fetching} error={error} hasData={data !== undefined}>
        {connection && connection.edges.length === 0 && <p>{t('none')}</p>}
        {connection && connection.edges.length > 0 && (
          <table className="city-work-table">
            <caption className="visually-hidden">{t('audit.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.operation')}</th>
                <th scope="col">{t('audit.what')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    <time dateTime={node.recordedAt}>{formatMoment(node.recordedAt)}</time>
                  </td>
                  <td>
                    {node.actorSubject} ({node.actorRole}
                    {node.actorCity ? `, ${node.actorCity}` : ''})
                  </td>
                  <td>{node.operation}</td>
                  <td>
                    {node.recordType} {node.recordId}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {connection && (
          <Pager
            label={t('audit.heading')}
            totalCount={connection.totalCount}
            hasPrevious={pages.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(connection.pageInfo.endCursor)}
          />
        )}
      </QueryState>
    </section>
  );
}
