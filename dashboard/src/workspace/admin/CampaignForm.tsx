import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminCatalogQuery, CampaignKind, CampaignScope } from '../../gql/graphql';
import { Field } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { checkFields } from '../forms/field-rules';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { NS } from './messages';
import { SaveCampaignMutation } from './admin.operations';

export type CatalogCampaign = AdminCatalogQuery['campaigns'][number];
type Name = 'code' | 'name' | 'kind' | 'scope' | 'launchedBy' | 'startYear' | 'description';
const KINDS: CampaignKind[] = ['EMULATION_MOVEMENT', 'CAMPAIGN'];
const SCOPES: CampaignScope[] = ['NATIONAL', 'CITY'];
const EMPTY: Record<Name, string> = {
  code: '',
  name: '',
  kind: 'EMULATION_MOVEMENT',
  scope: 'NATIONAL',
  launchedBy: '',
  startYear: '',
  description: '',
};

/** Adds a catalog entry, or changes one chosen from the catalog (saved by its code). */
export function CampaignForm({ campaigns, onSaved }: { campaigns: CatalogCampaign[]; onSaved: () => void }) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<Name, string>>>({});
  const submission = useSubmission(SaveCampaignMutation);
  const set = (name: Name, value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const error = (name: Name) => problems[name] ?? submission.fieldError(`input.${name}`);
  const load = (code: string) => {
    const campaign = campaigns.find((candidate) => candidate.code === code);
    setProblems({});
    setValues(
      campaign
        ? {
            code: campaign.code,
            name: campaign.name,
            kind: campaign.kind,
            scope: campaign.scope,
            launchedBy: campaign.launchedBy ?? '',
            startYear: campaign.startYear?.toString() ?? '',
            description: campaign.description ?? '',
          }
        : EMPTY,
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(
      values,
      {
        code: { label: t('campaign.code'), required: true, maxLength: 64 },
        name: { label: t('campaign.name'), required: true, maxLength: 400 },
        launchedBy: { label: t('campaign.launchedBy'), maxLength: 200 },
        startYear: { label: t('campaign.startYear'), integer: true, min: 1945, max: 2100 },
        description: { label: t('campaign.description'), maxLength: 5000 },
      },
      tForms,
    );
    if (!found.code && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.code.trim()))
      found.code = t('campaign.codePattern');
    setProblems(found);
    if (Object.keys(found).length) return;
    const input = {
      code: values.code.trim(),
      name: values.name.trim(),
      kind: values.kind as CampaignKind,
      scope: values.scope as CampaignScope,
      launchedBy: values.launchedBy.trim() || null,
      startYear: values.startYear.trim() ? Number(values.startYear) : null,
      description: values.description.trim() || null,
    };
    if (await submission.submit(input, () => ({ input }))) onSaved();
  };

  const choice = (name: 'kind' | 'scope', options: string[], label: string) => (
    <Field label={label} required error={error(name)}>
      {(control) => (
        <select {...control} value={values[name]} onChange={(e) => set(name, e.target.value)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`campaign.${name}s.${option}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const text = (name: Name, label: string, required = false, hint?: string) => (
    <Field label={label} hint={hint} required={required} error={error(name)}>
      {(control) => <input {...control} value={values[name]} onChange={(e) => set(name, e.target.value)} />}
    </Field>
  );

  return (
    <form className="work-form" aria-labelledby="save-campaign" noValidate onSubmit={submit}>
      <h3 id="save-campaign">{t('campaign.submit')}</h3>
      <Field label={t('campaign.existing')}>
        {(control) => (
          <select
            {...control}
            value={campaigns.some((c) => c.code === values.code) ? values.code : ''}
            onChange={(e) => load(e.target.value)}
          >
            <option value="">{t('campaign.newOne')}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.code} value={campaign.code}>
                {campaign.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('code', t('campaign.code'), true, t('campaign.codeHint'))}
      {text('name', t('campaign.name'), true)}
      {choice('kind', KINDS, t('campaign.kind'))}
      {choice('scope', SCOPES, t('campaign.scope'))}
      {text('launchedBy', t('campaign.launchedBy'))}
      {text('startYear', t('campaign.startYear'))}
      <Field label={t('campaign.description')} error={error('description')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      <FormAlert
        problems={submission.problems}
        success={submission.done && t('campaign.done', { name: submission.done.saveCampaign.name })}
      />
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? tForms('submitting') : t('campaign.submit')}
        </button>
      </div>
    </form>
  );
}
