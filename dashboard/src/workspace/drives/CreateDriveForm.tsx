import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import type { Person } from '../../auth/person';
import type { DrivePartyRole } from '../../gql/graphql';
import { checkFields, type FieldRule } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { WORKSPACE_PATHS } from '../workspace-menu';
import { CreateDriveMutation, PartyCitiesQuery } from './drive-work.operations';
import { TextInput, useFormValues } from './inputs';
import { NS } from './messages';
import { type ChosenParty, PartyPicker } from './PartyPicker';

type Name = 'title' | 'purpose' | 'criteria' | 'scholarships' | 'amountEach' | 'opensOn' | 'closesOn';
const ROLES: DrivePartyRole[] = ['ORGANISER', 'CO_SPONSOR', 'BENEFICIARY'];
const INPUT_PATH: Record<DrivePartyRole, string> = {
  ORGANISER: 'input.organisers',
  CO_SPONSOR: 'input.coSponsors',
  BENEFICIARY: 'input.beneficiaries',
};

const refOf = ({ cityCode, organisationId, unitId }: ChosenParty) => ({
  cityCode,
  organisationId: organisationId ?? null,
  unitId: unitId ?? null,
});

/** A new drive (a draft): what it gives, and its organisers, co-sponsors and beneficiary units in any cities. */
export function CreateDriveForm({ person }: { person: Person }) {
  const { t } = useTranslation(NS);
  const { t: tForms } = useTranslation(FORMS);
  const navigate = useNavigate();
  const [{ data: citiesData }] = useQuery({ query: PartyCitiesQuery });
  const form = useFormValues<Name>({
    title: '',
    purpose: '',
    criteria: '',
    scholarships: '',
    amountEach: '',
    opensOn: '',
    closesOn: '',
  });
  const [parties, setParties] = useState<Record<DrivePartyRole, ChosenParty[]>>({
    ORGANISER: [],
    CO_SPONSOR: [],
    BENEFICIARY: [],
  });
  const [partyProblems, setPartyProblems] = useState<Partial<Record<DrivePartyRole, string>>>({});
  const submission = useSubmission(CreateDriveMutation);
  const label = (name: Name) => t(`field.${name}`);
  const rules: Partial<Record<Name, FieldRule>> = {
    title: { label: label('title'), required: true, maxLength: 200 },
    purpose: { label: label('purpose'), maxLength: 1000 },
    criteria: { label: label('criteria'), required: true, maxLength: 500 },
    scholarships: { label: label('scholarships'), required: true, integer: true, min: 1, max: 10000 },
    amountEach: { label: label('amountEach'), required: true, integer: true, min: 1 },
    opensOn: { label: label('opensOn'), date: true },
    closesOn: { label: label('closesOn'), date: true },
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkFields(form.values, rules, tForms);
    const missing: Partial<Record<DrivePartyRole, string>> = {};
    for (const role of ['ORGANISER', 'BENEFICIARY'] as const)
      if (!parties[role].length)
        missing[role] = t('partyRequired', { role: t(`roles.${role}`).toLowerCase() });
    form.setProblems(problems);
    setPartyProblems(missing);
    if (Object.keys(problems).length || Object.keys(missing).length) return;
    const v = form.values;
    const input = {
      title: v.title.trim(),
      purpose: v.purpose.trim() || null,
      criteria: v.criteria.trim(),
      scholarships: Number(v.scholarships),
      amountEach: Number(v.amountEach),
      opensOn: v.opensOn || null,
      closesOn: v.closesOn || null,
      organisers: parties.ORGANISER.map(refOf),
      coSponsors: parties.CO_SPONSOR.map(refOf),
      beneficiaries: parties.BENEFICIARY.map(refOf),
    };
    const created = await submission.submit(input, () => ({ input }));
    if (created) void navigate(WORKSPACE_PATHS.drive(created.createScholarshipDrive.id));
  };

  const error = (name: Name) => form.problems[name] ?? submission.fieldError(`input.${name}`);
  const text = (name: Name, extra: { type?: 'date' | 'number'; multiline?: boolean } = {}) => (
    <TextInput
      label={label(name)}
      value={form.values[name]}
      onChange={form.set(name)}
      error={error(name)}
      required={rules[name]?.required}
      {...extra}
    />
  );
  const ownCity = person.cityCode ?? person.unit?.cityCode;

  return (
    <form className="work-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="create-drive">
      <h2 id="create-drive">{t('createTitle')}</h2>
      {text('title')}
      {text('purpose', { multiline: true })}
      {text('criteria')}
      {text('scholarships', { type: 'number' })}
      {text('amountEach', { type: 'number' })}
      {text('opensOn', { type: 'date' })}
      {text('closesOn', { type: 'date' })}
      {citiesData &&
        ROLES.map((role) => (
          <PartyPicker
            key={role}
            legend={t(`partyGroups.${role}`)}
            cities={citiesData.cities}
            initialCity={ownCity}
            chosen={parties[role]}
            onChange={(chosen) => {
              setParties((previous) => ({ ...previous, [role]: chosen }));
              setPartyProblems((previous) => ({ ...previous, [role]: undefined }));
            }}
            error={partyProblems[role] ?? submission.fieldError(INPUT_PATH[role])}
          />
        ))}
      <FormAlert problems={submission.problems} />
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? tForms('submitting') : t('createSubmit')}
        </button>
      </div>
    </form>
  );
}
