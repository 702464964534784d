import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { CityWorkChoicesQuery } from '../../gql/graphql';
import { useUrlState } from '../../shared/url-state';
import { checkFields, type FieldRule } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { CampaignResultsQuery, RecordCampaignResultMutation } from './city.operations';
import { ConflictPanel } from './ConflictPanel';
import { SelectInput, TextInput } from './controls';
import { asText, intOrNull, recentSchoolYears, textOrNull, useFormValues } from './form-values';
import { NS } from './messages';

const FIGURES = [
  'participants',
  'participatingUnits',
  'initiativesSubmitted',
  'initiativesGraded',
  'initiativesGradeA',
  'target',
  'achievementPercent',
  'collectivesCommended',
  'individualsCommended',
] as const;
const NAMES = [...FIGURES, 'highlights'] as const;
type Name = (typeof NAMES)[number];
type Values = Record<Name, string>;
const EMPTY = Object.fromEntries(NAMES.map((name) => [name, ''])) as Values;
// The graph's limits (CampaignResultInput), checked here first to spare a round trip.
const MAX: Partial<Record<Name, number>> = {
  participatingUnits: 100_000,
  achievementPercent: 1_000_000,
  collectivesCommended: 100_000,
};

const valuesOf = (record: Partial<Record<Name, number | string | null>>): Values =>
  Object.fromEntries(NAMES.map((name) => [name, asText(record[name])])) as Values;

interface Stored {
  version: number | null;
  values: Values;
}

/** Record or correct a campaign result; a stale version is shown, never silently overwritten. */
export function CampaignResultSection({
  cityCode,
  choices,
}: {
  cityCode: string;
  choices: NonNullable<CityWorkChoicesQuery>;
}) {
  const { t } = useTranslation(NS);
  const { t: tf } = useTranslation(FORMS);
  const client = useClient();
  const years = recentSchoolYears();
  const [campaign, setCampaign] = useUrlState('phong-trao', '');
  const [year, setYear] = useUrlState('nam', years[0]!);
  const [reporter, setReporter] = useState(choices.city?.educationUnion?.id ?? '');
  const form = useFormValues<Name>(EMPTY);
  const [stored, setStored] = useState<Stored | null>(null);
  const [conflict, setConflict] = useState<(Stored & { reloaded: boolean }) | null>(null);
  const [clientProblems, setClientProblems] = useState<Partial<Values>>({});
  const [saved, setSaved] = useState<number | null>(null);
  const submission = useSubmission(RecordCampaignResultMutation);
  const { reset: resetSubmission, problems } = submission;

  const fetchStored = useCallback(async (): Promise<Stored> => {
    const result = await client
      .query(
        CampaignResultsQuery,
        { cityCode, campaignCode: campaign, schoolYear: year },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) throw result.error;
    const node = result.data?.city?.campaignResults?.edges
      .map((edge) => edge.node)
      .find((candidate) => candidate.reportedBy.id === reporter);
    return node ? { version: node.version, values: valuesOf(node) } : { version: null, values: EMPTY };
  }, [client, cityCode, campaign, year, reporter]);

  const [loadError, setLoadError] = useState<string | null>(null);
  const { setValues } = form;
  useEffect(() => {
    setStored(null);
    setConflict(null);
    setSaved(null);
    setClientProblems({});
    resetSubmission();
    if (!campaign || !year || !reporter) return;
    let live = true;
    fetchStored().then(
      (record) => {
        if (!live) return;
        setLoadError(null);
        setStored(record);
        setValues(record.values);
      },
      (error: Error) => live && setLoadError(error.message),
    );
    return () => {
      live = false;
    };
  }, [fetchStored, campaign, year, reporter, resetSubmission, setValues]);

  // Someone saved meanwhile: fetch what they saved, to show it beside the officer's own values.
  useEffect(() => {
    if (problems?.code !== 'CONFLICT') return;
    let live = true;
    void fetchStored().then((record) => live && setConflict({ ...record, reloaded: false }));
    return () => {
      live = false;
    };
  }, [problems, fetchStored]);

  const reload = async () => {
    const record = await fetchStored();
    setStored(record);
    setConflict({ ...record, reloaded: true });
    resetSubmission();
  };
  const adoptTheirs = () => {
    if (!conflict) return;
    setStored(conflict);
    form.setValues(conflict.values);
    setConflict(null);
    resetSubmission();
  };

  const rules = Object.fromEntries(
    NAMES.map((name): [Name, FieldRule] =>
      name === 'highlights'
        ? [name, { label: t(`figure.${name}`), maxLength: 5000 }]
        : [name, { label: t(`figure.${name}`), integer: true, min: 0, max: MAX[name] ?? 10_000_000 }],
    ),
  ) as Record<Name, FieldRule>;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!stored) return;
    const found = checkFields(form.values, rules, tf);
    setClientProblems(found);
    setSaved(null);
    if (Object.keys(found).length) return;
    const input = {
      campaignCode: campaign,
      schoolYear: year,
      reportedById: reporter,
      ...Object.fromEntries(FIGURES.map((name) => [name, intOrNull(form.values[name])])),
      highlights: textOrNull(form.values.highlights),
    };
    const data = await submission.submit(input, () => ({ cityCode, input, version: stored.version }));
    if (!data) return;
    const record = data.recordCampaignResult;
    setStored({ version: record.version, values: valuesOf(record) });
    form.setValues(valuesOf(record));
    setConflict(null);
    setSaved(record.version);
  };

  const errorOf = (name: Name) => clientProblems[name] ?? submission.fieldError(`input.${name}`);
  const campaigns = [...(choices.campaigns ?? [])].map(({ code, name }) => ({ value: code, label: name }));
  const organisations = (choices.city?.organisations ?? []).map(({ id, name }) => ({
    value: id,
    label: name,
  }));

  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{t('result.heading')}</h2>
      <div className="filters" role="group" aria-label={t('result.heading')}>
        <SelectInput
          label={t('campaign')}
          value={campaign}
          onChange={setCampaign}
          options={campaigns}
          required
        />
        <SelectInput
          label={t('schoolYear')}
          value={year}
          onChange={setYear}
          options={(years.includes(year) ? years : [year, ...years]).map((y) => ({ value: y, label: y }))}
          noEmpty
        />
        <SelectInput
          label={t('reportedBy')}
          value={reporter}
          onChange={setReporter}
          options={organisations}
          required
          error={submission.fieldError('input.reportedById')}
        />
      </div>
      {loadError && (
        <p role="alert" className="error">
          {loadError}
        </p>
      )}
      {campaign && reporter && !stored && !loadError && <p role="status">{t('loading')}</p>}
      {stored && (
        <form
          className="work-form"
          onSubmit={(event) => void save(event)}
          noValidate
          aria-labelledby="result-title"
        >
          <p className="muted" data-testid="result-version">
            {stored.version === null ? t('result.fresh') : t('result.loaded', { version: stored.version })}
          </p>
          <fieldset>
            <legend>{t('result.fields')}</legend>
            {NAMES.map((name) => (
              <TextInput
                key={name}
                label={t(`figure.${name}`)}
                value={form.values[name]}
                onChange={form.set(name)}
                error={errorOf(name)}
                multiline={name === 'highlights'}
                inputMode={name === 'highlights' ? undefined : 'numeric'}
              />
            ))}
          </fieldset>
          {conflict && (
            <ConflictPanel
              version={conflict.version}
              reloaded={conflict.reloaded}
              rows={NAMES.map((name) => ({
                label: t(`figure.${name}`),
                theirs: conflict.values[name],
                mine: form.values[name],
              }))}
              onReload={() => void reload()}
              onUseTheirs={adoptTheirs}
            />
          )}
          {problems?.code !== 'CONFLICT' && (
            <FormAlert
              problems={problems}
              success={saved !== null ? t('result.saved', { version: saved }) : null}
            />
          )}
          <div className="form-actions">
            <button type="submit" disabled={submission.submitting}>
              {submission.submitting ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
