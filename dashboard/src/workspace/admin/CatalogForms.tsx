import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../forms/Field';
import { FormAlert } from '../forms/FormAlert';
import { checkFields } from '../forms/field-rules';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import type { CatalogCampaign } from './CampaignForm';
import { NS } from './messages';
import { AddCampaignEditionMutation, SetJointCitiesMutation } from './admin.operations';

const PERIOD = /^(\d{4})(?:-(\d{4}))?$/;
/** A calendar year, or a school year whose second year follows the first. */
const isPeriod = (text: string) => {
  const match = PERIOD.exec(text);
  return !!match && (!match[2] || Number(match[2]) === Number(match[1]) + 1);
};

function CampaignSelect({
  campaigns,
  value,
  onChange,
  label,
  error,
}: {
  campaigns: CatalogCampaign[];
  value: string;
  onChange: (code: string) => void;
  label: string;
  error?: string;
}) {
  const { t } = useTranslation(NS);
  return (
    <Field label={label} required error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('edition.choose')}</option>
          {campaigns.map((campaign) => (
            <option key={campaign.code} value={campaign.code}>
              {campaign.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A new edition (period) of a catalog campaign: a column the cities report into. */
export function EditionForm({ campaigns, onAdded }: { campaigns: CatalogCampaign[]; onAdded: () => void }) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const [values, setValues] = useState({ campaignCode: '', period: '' });
  const [problems, setProblems] = useState<Partial<Record<'campaignCode' | 'period', string>>>({});
  const submission = useSubmission(AddCampaignEditionMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(
      values,
      {
        campaignCode: { label: t('edition.campaign'), required: true },
        period: { label: t('edition.period'), required: true },
      },
      tForms,
    );
    if (!found.period && !isPeriod(values.period.trim())) found.period = t('edition.periodPattern');
    setProblems(found);
    if (Object.keys(found).length) return;
    const variables = { campaignCode: values.campaignCode, period: values.period.trim() };
    if (await submission.submit(variables, () => variables)) onAdded();
  };

  return (
    <form className="work-form" aria-labelledby="add-edition" noValidate onSubmit={submit}>
      <h3 id="add-edition">{t('edition.heading')}</h3>
      <CampaignSelect
        campaigns={campaigns}
        label={t('edition.campaign')}
        value={values.campaignCode}
        onChange={(campaignCode) => setValues((previous) => ({ ...previous, campaignCode }))}
        error={problems.campaignCode ?? submission.fieldError('campaignCode')}
      />
      <Field
        label={t('edition.period')}
        hint={t('edition.periodHint')}
        required
        error={problems.period ?? submission.fieldError('period')}
      >
        {(control) => (
          <input
            {...control}
            value={values.period}
            onChange={(e) => setValues((previous) => ({ ...previous, period: e.target.value }))}
          />
        )}
      </Field>
      <FormAlert
        problems={submission.problems}
        success={submission.done && t('edition.done', { period: submission.done.addCampaignEdition.period })}
      />
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? tForms('submitting') : t('edition.submit')}
        </button>
      </div>
    </form>
  );
}

/** Which cities agreed to compare a campaign; none chosen means all of them. */
export function JointCitiesForm({
  campaigns,
  cities,
  onSaved,
}: {
  campaigns: CatalogCampaign[];
  cities: { code: string; name: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const [campaignCode, setCampaignCode] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string>();
  const submission = useSubmission(SetJointCitiesMutation);
  const choose = (code: string) => {
    setCampaignCode(code);
    setChosen(
      campaigns.find((campaign) => campaign.code === code)?.jointCities.map((city) => city.code) ?? [],
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(
      { campaignCode },
      { campaignCode: { label: t('joint.campaign'), required: true } },
      tForms,
    );
    setProblem(found.campaignCode);
    if (found.campaignCode) return;
    const variables = { campaignCode, cityCodes: chosen };
    if (await submission.submit(variables, () => variables)) onSaved();
  };

  return (
    <form className="work-form" aria-labelledby="joint-cities" noValidate onSubmit={submit}>
      <h3 id="joint-cities">{t('joint.heading')}</h3>
      <CampaignSelect
        campaigns={campaigns}
        label={t('joint.campaign')}
        value={campaignCode}
        onChange={choose}
        error={problem ?? submission.fieldError('campaignCode')}
      />
      <fieldset aria-describedby="joint-cities-hint">
        <legend>{t('joint.cities')}</legend>
        {cities.map((city) => (
          <label key={city.code} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(city.code)}
              onChange={(e) =>
                setChosen((previous) =>
                  e.target.checked ? [...previous, city.code] : previous.filter((code) => code !== city.code),
                )
              }
            />{' '}
            {city.name}
          </label>
        ))}
        <p id="joint-cities-hint" className="field-hint">
          {t('joint.hint')}
        </p>
        {submission.fieldError('cityCodes') && (
          <p className="field-error">{submission.fieldError('cityCodes')}</p>
        )}
      </fieldset>
      <FormAlert problems={submission.problems} success={submission.done && t('joint.done')} />
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? tForms('submitting') : t('joint.submit')}
        </button>
      </div>
    </form>
  );
}
