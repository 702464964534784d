import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../shared/DataTable';
import { formatDate, formatNumber } from '../shared/format';
import { NotReported } from '../shared/status';
import { NS } from './messages';
import type { CityData, LeaderRow } from './types';

const figure = (value: number | null | undefined) =>
  value === null || value === undefined ? <NotReported /> : formatNumber(value);

/** The city's education union: who leads it, how big it is today, and the year's theme. */
export function UnionSection({ city, schoolYear }: { city: CityData; schoolYear: string }) {
  const { t } = useTranslation(NS);
  const union = city.educationUnion;
  const columns = useMemo<Column<LeaderRow>[]>(
    () => [
      { id: 'name', header: t('union.person'), kind: 'text', value: (l) => l.fullName },
      { id: 'role', header: t('union.role'), kind: 'text', value: (l) => l.title },
      { id: 'start', header: t('union.termStart'), kind: 'date', value: (l) => l.termStart },
      { id: 'end', header: t('union.termEnd'), kind: 'date', value: (l) => l.termEnd },
      {
        id: 'current',
        header: t('union.current'),
        kind: 'text',
        value: (l) => (l.isCurrent ? t('union.yes') : t('union.no')),
      },
    ],
    [t],
  );
  const plan = city.annualPlan;
  return (
    <section aria-labelledby="city-union">
      <h2 id="city-union">{t('union.heading')}</h2>
      <div className="card">
        <p className="city-union-name">
          <strong>{union?.name ?? '—'}</strong>
        </p>
        <dl className="figures">
          <div>
            <dt>{t('union.unitsNow')}</dt>
            <dd data-figure="units-now">{figure(city.grassrootsUnionCount)}</dd>
          </div>
          <div>
            <dt>{t('union.membersNow')}</dt>
            <dd data-figure="members-now">{figure(city.memberCount)}</dd>
          </div>
          <div>
            <dt>{t('union.joinedOn')}</dt>
            <dd>{formatDate(city.joinedOn)}</dd>
          </div>
        </dl>
        {plan && (
          <>
            <h3>{t('plan.theme', { schoolYear })}</h3>
            <p>“{plan.theme}”</p>
            {plan.targets !== null && plan.solutionGroups !== null && (
              <p className="muted">
                {t('plan.details', {
                  targets: formatNumber(plan.targets),
                  groups: formatNumber(plan.solutionGroups),
                  date: formatDate(plan.adoptedOn) || '—',
                })}
              </p>
            )}
          </>
        )}
      </div>
      <h3>{t('union.leaders')}</h3>
      <DataTable title={t('union.leaders')} columns={columns} rows={union?.leaders ?? []} />
    </section>
  );
}
