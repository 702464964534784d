import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { CityWorkChoicesQuery, CityWorkUnitQuery, SchoolLevelCode } from '../../gql/graphql';
import { checkFields } from '../forms/field-rules';
import { FormAlert } from '../forms/FormAlert';
import { NS as FORMS } from '../forms/messages';
import { useSubmission } from '../forms/use-submission';
import { ConflictPanel } from './ConflictPanel';
import { asText, intOrNull, textOrNull, useFormValues } from './form-values';
import { NS } from './messages';
import { UnitCloseForm } from './UnitCloseForm';
import { UNIT_NAMES, UnitFields, type UnitName, type UnitValues, useUnitRules } from './unit-fields';
import { UnitQuery, UpdateUnitMutation } from './units.operations';

type Unit = NonNullable<CityWorkUnitQuery['grassrootsUnion']>;
interface Stored {
  unit: Unit;
  values: UnitValues;
}
const valuesOf = (unit: Unit): UnitValues => ({
  schoolName: unit.school.name,
  name: unit.name,
  schoolLevel: unit.school.level,
  districtId: unit.district?.id ?? '',
  managedById: unit.managedBy.id,
  memberCount: asText(unit.memberCount),
});

/** Edit one unit at the version read; someone else's change in between is shown, not overwritten. */
export function UnitEditor({
  cityCode,
  unitId,
  choices,
}: {
  cityCode: string;
  unitId: string;
  choices: CityWorkChoicesQuery;
}) {
  const { t } = useTranslation(NS);
  const { t: tf } = useTranslation(FORMS);
  const client = useClient();
  const rules = useUnitRules();
  const form = useFormValues<UnitName>(Object.fromEntries(UNIT_NAMES.map((n) => [n, ''])) as UnitValues);
  const [stored, setStored] = useState<Stored | null>(null);
  const [conflict, setConflict] = useState<(Stored & { reloaded: boolean }) | null>(null);
  const [clientProblems, setClientProblems] = useState<Partial<UnitValues>>({});
  const submission = useSubmission(UpdateUnitMutation);
  const { reset: resetSubmission, problems } = submission;
  const { setValues } = form;

  const fetchStored = useCallback(async (): Promise<Stored | null> => {
    const result = await client
      .query(UnitQuery, { cityCode, id: unitId }, { requestPolicy: 'network-only' })
      .toPromise();
    const unit = result.data?.grassrootsUnion;
    return unit ? { unit, values: valuesOf(unit) } : null;
  }, [client, cityCode, unitId]);

  const load = useCallback(async () => {
    const record = await fetchStored();
    setStored(record);
    if (record) setValues(record.values);
    setConflict(null);
  }, [fetchStored, setValues]);

  useEffect(() => {
    resetSubmission();
    void load();
  }, [load, resetSubmission]);

  useEffect(() => {
    if (problems?.code !== 'CONFLICT') return;
    let live = true;
    void fetchStored().then((record) => live && record && setConflict({ ...record, reloaded: false }));
    return () => {
      live = false;
    };
  }, [problems, fetchStored]);

  if (!stored) return <p role="status">{t('loading')}</p>;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkFields(form.values, rules, tf);
    setClientProblems(found);
    if (Object.keys(found).length) return;
    const v = form.values;
    const input = {
      schoolName: v.schoolName.trim(),
      name: textOrNull(v.name),
      schoolLevel: v.schoolLevel as SchoolLevelCode,
      districtId: v.districtId || null,
      managedById: v.managedById,
      memberCount: intOrNull(v.memberCount),
    };
    const data = await submission.submit(input, () => ({
      cityCode,
      id: unitId,
      version: stored.unit.version,
      input,
    }));
    if (data) await load();
  };
  const reload = async () => {
    const record = await fetchStored();
    if (!record) return;
    setStored(record);
    setConflict({ ...record, reloaded: true });
    resetSubmission();
  };
  const adoptTheirs = () => {
    if (!conflict) return;
    setStored(conflict);
    setValues(conflict.values);
    setConflict(null);
    resetSubmission();
  };
  const errorOf = (name: UnitName) => clientProblems[name] ?? submission.fieldError(`input.${name}`);
  const display = (name: UnitName, value: string) =>
    name === 'schoolLevel' && value
      ? t(`unit.levels.${value}`)
      : name === 'districtId'
        ? (choices.city?.districts?.find((d) => d.id === value)?.name ?? value)
        : name === 'managedById'
          ? (choices.city?.organisations?.find((o) => o.id === value)?.name ?? value)
          : value;
  const open = stored.unit.status === 'ACTIVE';

  return (
    <>
      <section aria-labelledby="unit-edit-title">
        <h2 id="unit-edit-title">{t('unit.edit', { name: stored.unit.name })}</h2>
        {!open && (
          <p role="status">{t('unit.alreadyClosed', { status: t(`unit.statuses.${stored.unit.status}`) })}</p>
        )}
        <form
          className="work-form"
          onSubmit={(e) => void save(e)}
          noValidate
          aria-labelledby="unit-edit-title"
        >
          <p className="muted">{t('unit.version', { version: stored.unit.version })}</p>
          <UnitFields values={form.values} set={form.set} errorOf={errorOf} choices={choices} />
          {conflict && (
            <ConflictPanel
              version={conflict.unit.version}
              reloaded={conflict.reloaded}
              rows={UNIT_NAMES.map((name) => ({
                label: rules[name].label,
                theirs: display(name, conflict.values[name]),
                mine: display(name, form.values[name]),
              }))}
              onReload={() => void reload()}
              onUseTheirs={adoptTheirs}
            />
          )}
          {problems?.code !== 'CONFLICT' && (
            <FormAlert
              problems={problems}
              success={submission.done ? t('unit.updated', { version: stored.unit.version }) : null}
            />
          )}
          <div className="form-actions">
            <button type="submit" disabled={submission.submitting}>
              {submission.submitting ? t('saving') : t('save')}
            </button>
          </div>
        </form>
      </section>
      {open && (
        <UnitCloseForm
          cityCode={cityCode}
          unitId={unitId}
          version={stored.unit.version}
          onClosed={() => void load()}
        />
      )}
    </>
  );
}
