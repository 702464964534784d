import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS } from '../app/routes';
import { type Column, DataTable } from '../shared/DataTable';
import { formatDate, formatNumber } from '../shared/format';
import { FilterSelect } from '../shared/status';
import { useEnumLabel } from './enum-messages';
import { NS } from './messages';
import type { AgreementRow, CityData, InitiativeRow, TrainingRow } from './types';

export interface ActivityTablesProps {
  city: CityData;
  schoolYear: string;
  /** The grade filter of the initiatives list ('' for all), kept in the URL by the page. */
  grade: string;
  grades: string[];
  onGradeChange: (grade: string) => void;
}

/** Initiatives (filtered by grade), trainings and coordination agreements of the city. */
export function ActivityTables({ city, schoolYear, grade, grades, onGradeChange }: ActivityTablesProps) {
  const { t } = useTranslation(NS);
  const label = useEnumLabel();
  const initiatives = city.initiatives?.edges.map(({ node }) => node) ?? [];
  const trainings = city.trainings ?? [];

  const initiativeColumns = useMemo<Column<InitiativeRow>[]>(
    () => [
      { id: 'title', header: t('initiatives.title'), kind: 'text', value: (i) => i.title },
      { id: 'author', header: t('initiatives.author'), kind: 'text', value: (i) => i.authorName },
      {
        id: 'unit',
        header: t('initiatives.unit'),
        kind: 'text',
        value: (i) => i.unit?.name,
        render: (i) =>
          i.unit ? <Link to={PATHS.grassrootsUnion(city.code, i.unit.id)}>{i.unit.name}</Link> : undefined,
      },
      {
        id: 'level',
        header: t('initiatives.level'),
        kind: 'text',
        value: (i) => label('InitiativeLevel', i.level),
      },
      {
        id: 'grade',
        header: t('initiatives.grade'),
        kind: 'text',
        value: (i) => i.grade,
        emptyText: t('stats.ungraded'),
      },
    ],
    [t, label, city.code],
  );
  const trainingColumns = useMemo<Column<TrainingRow>[]>(
    () => [
      { id: 'title', header: t('trainings.title'), kind: 'text', value: (r) => r.title },
      { id: 'organiser', header: t('trainings.organiser'), kind: 'text', value: (r) => r.organiser.name },
      { id: 'heldOn', header: t('trainings.heldOn'), kind: 'date', value: (r) => r.heldOn },
      { id: 'classes', header: t('trainings.classes'), kind: 'number', value: (r) => r.classes },
      {
        id: 'attendances',
        header: t('trainings.attendances'),
        kind: 'number',
        value: (r) => r.attendances,
        // "500+" in the source: the figure is a floor, and the cell says so.
        render: (r) => (r.attendancesAtLeast ? `${formatNumber(r.attendances)}+` : undefined),
      },
      {
        id: 'atLeast',
        header: t('trainings.atLeast'),
        kind: 'text',
        value: (r) => (r.attendancesAtLeast ? t('trainings.yes') : null),
      },
    ],
    [t],
  );
  const agreementColumns = useMemo<Column<AgreementRow>[]>(
    () => [
      { id: 'number', header: t('agreements.number'), kind: 'text', value: (a) => a.number },
      {
        id: 'kind',
        header: t('agreements.kind'),
        kind: 'text',
        value: (a) => label('AgreementKind', a.kind),
      },
      { id: 'title', header: t('agreements.title'), kind: 'text', value: (a) => a.title },
      { id: 'signedOn', header: t('agreements.signedOn'), kind: 'date', value: (a) => a.signedOn },
      { id: 'parties', header: t('agreements.parties'), kind: 'text', value: (a) => a.parties.join('; ') },
      {
        id: 'period',
        header: t('agreements.period'),
        kind: 'text',
        value: (a) =>
          a.periodStartYear === null
            ? null
            : `${a.periodStartYear}–${a.periodEndYear ?? ''}`.replace(/–$/, ''),
      },
      {
        id: 'reviews',
        header: t('agreements.reviews'),
        kind: 'text',
        value: (a) =>
          a.reviews
            .map((r) => (r.reviewedOn ? `${formatDate(r.reviewedOn)}: ${r.summary}` : r.summary))
            .join(' | ') || null,
      },
    ],
    [t, label],
  );

  return (
    <>
      <section aria-labelledby="city-initiatives">
        <h2 id="city-initiatives">{t('initiatives.heading', { schoolYear })}</h2>
        <div className="filters">
          <FilterSelect
            label={t('initiatives.filter')}
            value={grade}
            onChange={onGradeChange}
            options={[
              { value: '', label: t('initiatives.all') },
              ...(grades.includes(grade) || !grade ? grades : [grade, ...grades]).map((g) => ({
                value: g,
                label: t('stats.gradeName', { grade: g }),
              })),
            ]}
          />
        </div>
        {city.initiatives && city.initiatives.totalCount > initiatives.length && (
          <p role="note" className="muted">
            {t('initiatives.partial', {
              shown: formatNumber(initiatives.length),
              total: formatNumber(city.initiatives.totalCount),
            })}
          </p>
        )}
        <DataTable
          title={t('initiatives.heading', { schoolYear })}
          columns={initiativeColumns}
          rows={initiatives}
        />
      </section>
      <section aria-labelledby="city-trainings">
        <h2 id="city-trainings">{t('trainings.heading', { schoolYear })}</h2>
        <DataTable
          title={t('trainings.heading', { schoolYear })}
          columns={trainingColumns}
          rows={trainings}
        />
      </section>
      <section aria-labelledby="city-agreements">
        <h2 id="city-agreements">{t('agreements.heading')}</h2>
        <DataTable
          title={t('agreements.heading')}
          columns={agreementColumns}
          rows={city.coordinationAgreements ?? []}
          initialSort={{ id: 'signedOn', desc: true }}
        />
      </section>
    </>
  );
}
