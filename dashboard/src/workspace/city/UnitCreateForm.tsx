import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityWorkChoicesQuery, SchoolLevelCode } from '../../gql/graphql';
import { checkField, checkFields } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { TextInput } from './controls';
import { intOrNull, textOrNull, useFormValues } from './form-values';
import { NS } from './messages';
import { UnitFields, type UnitName, useUnitRules } from './unit-fields';
import { CreateUnitMutation } from './units.operations';

/** Found a grassroots union. */
export function UnitCreateForm({ cityCode, choices }: { cityCode: string; choices: CityWorkChoicesQuery }) {
  const { t } = useTranslation(NS);
  const { t: tf } = useTranslation(FORMS);
  const blank = {
    schoolName: '',
    name: '',
    schoolLevel: '',
    districtId: '',
    managedById: '',
    memberCount: '',
  };
  const form = useFormValues<UnitName>(blank);
  const [validFrom, setValidFrom] = useState('');
  const [clientProblems, setClientProblems] = useState<Partial<Record<UnitName | 'validFrom', string>>>({});
  const rules = useUnitRules();
  const submission = useSubmission(CreateUnitMutation);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<UnitName | 'validFrom', string>> = checkFields(form.values, rules, tf);
    const dateProblem = checkField(validFrom, { label: t('unit.validFrom'), date: true }, tf);
    if (dateProblem) found.validFrom = dateProblem;
    setClientProblems(found);
    if (Object.keys(found).length) return;
    const v = form.values;
    const input = {
      schoolName: v.schoolName.trim(),
      name: textOrNull(v.name),
      schoolLevel: v.schoolLevel as SchoolLevelCode,
      districtId: v.districtId || null,
      managedById: v.managedById,
      memberCount: intOrNull(v.memberCount) ?? 0,
      validFrom: textOrNull(validFrom),
    };
    if (await submission.submit(input, () => ({ cityCode, input }))) {
      form.setValues(blank);
      setValidFrom('');
    }
  };
  const errorOf = (name: UnitName | 'validFrom') =>
    clientProblems[name] ?? submission.fieldError(`input.${name}`);
  const created = submission.done?.createGrassrootsUnion;

  return (
    <section aria-labelledby="unit-create-title">
      <h2 id="unit-create-title">{t('unit.create')}</h2>
      <form
        className="work-form"
        onSubmit={(e) => void create(e)}
        noValidate
        aria-labelledby="unit-create-title"
      >
        <UnitFields values={form.values} set={form.set} errorOf={errorOf} choices={choices} />
        <TextInput
          label={t('unit.validFrom')}
          value={validFrom}
          onChange={setValidFrom}
          error={errorOf('validFrom')}
          hint={t('award.dateHint')}
        />
        <FormAlert
          problems={submission.problems}
          success={created ? t('unit.created', { name: created.name }) : null}
        />
        <div className="form-actions">
          <button type="submit" disabled={submission.submitting}>
            {submission.submitting ? t('saving') : t('save')}
          </button>
        </div>
      </form>
    </section>
  );
}
