import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/DataTable';
import { formatNumber } from '../../shared/format';
import type { ImportReport } from './import-upload';
import { NS } from './messages';
import './import.css';

type Problem = ImportReport['problems'][number];

/** A dry run's or an import's report: the counts, and every problem by row and column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation(NS);
  const titleId = useId();
  const columns = useMemo<Column<Problem>[]>(
    () => [
      { id: 'row', header: t('row'), kind: 'number', value: (problem) => problem.row },
      { id: 'column', header: t('column'), kind: 'text', value: (problem) => problem.column },
      { id: 'message', header: t('message'), kind: 'text', value: (problem) => problem.message },
    ],
    [t],
  );
  // A check's counts are what an import would do; with problems, nothing would be written at all.
  const will = report.applied ? '' : 'will.';
  const counts: [string, string | number][] = [
    [t('reportKind'), t(`kind${report.kind}`)],
    [t('rows'), report.rows],
    ...(report.problems.length
      ? []
      : ([
          [t(`${will}created`), report.created],
          [t(`${will}updated`), report.updated],
          [t(`${will}unchanged`), report.unchanged],
        ] as [string, number][])),
    [t('problems'), report.problems.length],
  ];
  return (
    <section className="import-report" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(report.applied ? 'importedReport' : 'report', { name: report.fileName })}</h2>
      <dl className="import-counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{typeof value === 'number' ? formatNumber(value) : value}</dd>
          </div>
        ))}
      </dl>
      {report.problems.length > 0 && (
        <>
          <h3>{t('problemsTitle')}</h3>
          <DataTable
            title={t('problemsTitle')}
            columns={columns}
            rows={report.problems}
            pageSize={50}
            initialSort={{ id: 'row' }}
          />
        </>
      )}
    </section>
  );
}
