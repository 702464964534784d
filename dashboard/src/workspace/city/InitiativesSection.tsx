import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { InitiativeLevel } from '../../gql/graphql';
import { checkFields, type FieldRule } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { InitiativesQuery, RecordInitiativeMutation } from './city.operations';
import { enumOptions, Pager, SelectInput, TextInput } from './controls';
import { recentSchoolYears, textOrNull, useFormValues } from './form-values';
import { NS } from './messages';
import { type FoundUnit, OptionalUnit } from './UnitPicker';
import { usePages } from './use-pages';

type Name = 'title' | 'authorName' | 'schoolYear' | 'level' | 'grade';

/** Record an initiative; the year's initiatives below, a page at a time. */
export function InitiativesSection({ cityCode }: { cityCode: string }) {
  const { t } = useTranslation(NS);
  const { t: tf } = useTranslation(FORMS);
  const years = recentSchoolYears();
  const blank = { title: '', authorName: '', schoolYear: years[0]!, level: '', grade: '' };
  const form = useFormValues<Name>(blank);
  const [unit, setUnit] = useState<FoundUnit | null>(null);
  const [clientProblems, setClientProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(RecordInitiativeMutation);
  const rules: Record<Name, FieldRule> = {
    title: { label: t('initiative.title'), required: true, maxLength: 400 },
    authorName: { label: t('initiative.authorName'), required: true, maxLength: 120 },
    schoolYear: { label: t('schoolYear'), required: true },
    level: { label: t('initiative.level'), required: true },
    grade: { label: t('initiative.grade'), maxLength: 8 },
  };
  const record = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(form.values, rules, tf);
    setClientProblems(found);
    if (Object.keys(found).length) return;
    const v = form.values;
    const input = {
      title: v.title.trim(),
      authorName: v.authorName.trim(),
      schoolYear: v.schoolYear,
      level: v.level as InitiativeLevel,
      grade: textOrNull(v.grade),
      unitId: unit?.id ?? null,
    };
    if (await submission.submit(input, () => ({ cityCode, input }))) {
      form.setValues({ ...blank, schoolYear: v.schoolYear, level: v.level });
      setUnit(null);
    }
  };
  const errorOf = (name: Name) => clientProblems[name] ?? submission.fieldError(`input.${name}`);

  const pages = usePages(form.values.schoolYear);
  const context = useMemo(() => ({ additionalTypenames: ['Initiative'] }), []);
  const [{ data }] = useQuery({
    query: InitiativesQuery,
    variables: { cityCode, schoolYear: form.values.schoolYear, after: pages.after },
    context,
  });
  const connection = data?.city?.initiatives;
  const listTitle = t('initiative.list', { year: form.values.schoolYear });

  return (
    <div className="city-work-columns">
      <section aria-labelledby="initiative-title">
        <h2 id="initiative-title">{t('initiative.heading')}</h2>
        <form
          className="work-form"
          onSubmit={(e) => void record(e)}
          noValidate
          aria-labelledby="initiative-title"
        >
          <TextInput
            label={rules.title.label}
            value={form.values.title}
            onChange={form.set('title')}
            error={errorOf('title')}
            required
          />
          <TextInput
            label={rules.authorName.label}
            value={form.values.authorName}
            onChange={form.set('authorName')}
            error={errorOf('authorName')}
            required
          />
          <SelectInput
            label={t('schoolYear')}
            value={form.values.schoolYear}
            onChange={form.set('schoolYear')}
            options={years.map((y) => ({ value: y, label: y }))}
            error={errorOf('schoolYear')}
            noEmpty
          />
          <SelectInput
            label={rules.level.label}
            value={form.values.level}
            onChange={form.set('level')}
            options={enumOptions(['GRASSROOTS', 'DISTRICT', 'CITY'], (k) => t(`initiative.levels.${k}`))}
            error={errorOf('level')}
            required
          />
          <TextInput
            label={rules.grade.label}
            value={form.values.grade}
            onChange={form.set('grade')}
            error={errorOf('grade')}
            hint="A, B, C"
          />
          <OptionalUnit
            cityCode={cityCode}
            unit={unit}
            onChange={setUnit}
            error={submission.fieldError('input.unitId')}
          />
          <FormAlert
            problems={submission.problems}
            success={submission.done ? t('initiative.saved') : null}
          />
          <div className="form-actions">
            <button type="submit" disabled={submission.submitting}>
              {submission.submitting ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="initiative-list-title">
        <h2 id="initiative-list-title">{listTitle}</h2>
        {connection && connection.edges.length === 0 && <p>{t('none')}</p>}
        {connection && connection.edges.length > 0 && (
          <table className="city-work-table">
            <caption className="visually-hidden">{listTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t('initiative.title')}</th>
                <th scope="col">{t('initiative.authorName')}</th>
                <th scope="col">{t('initiative.level')}</th>
                <th scope="col">{t('initiative.grade')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>
                    {node.title}
                    {node.unit ? <div className="muted">{node.unit.name}</div> : null}
                  </td>
                  <td>{node.authorName}</td>
                  <td>{t(`initiative.levels.${node.level}`)}</td>
                  <td>{node.grade ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {connection && (
          <Pager
            label={listTitle}
            totalCount={connection.totalCount}
            hasPrevious={pages.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => pages.next(connection.pageInfo.endCursor)}
          />
        )}
      </section>
    </div>
  );
}
