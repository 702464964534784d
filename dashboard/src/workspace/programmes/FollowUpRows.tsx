import { useTranslation } from 'react-i18next';
import { Field } from '../forms/Field';
import { NS } from './messages';
import { UnitSelect } from './UnitSelect';

export interface FollowUpDraft {
  action: string;
  ownerCity: string;
  ownerUnitId: string;
  dueOn: string;
}

/** New follow-ups, one group each; the owner is a participating city and, optionally, one of its units. */
export function FollowUpRows({
  rows,
  problems,
  serverError,
  cityCodes,
  cityName,
  onChange,
}: {
  rows: FollowUpDraft[];
  problems: Record<string, string>[];
  serverError: (field: string, index: number) => string | undefined;
  cityCodes: string[];
  cityName: (code: string) => string;
  onChange: (rows: FollowUpDraft[]) => void;
}) {
  const { t } = useTranslation(NS);
  const update = (index: number, change: Partial<FollowUpDraft>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  // The graph names the row for malformed values, only the field for others: then every row's field.
  const error = (index: number, field: keyof FollowUpDraft) =>
    problems[index]?.[field] ?? serverError(field, index);

  return (
    <fieldset>
      <legend>{t('outcome.followUps')}</legend>
      {rows.map((row, index) => (
        <fieldset key={index}>
          <legend>{t('outcome.followUp', { n: index + 1 })}</legend>
          <Field label={t('outcome.action')} required error={error(index, 'action')}>
            {(control) => (
              <input
                {...control}
                value={row.action}
                onChange={(e) => update(index, { action: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('outcome.ownerCity')} required error={error(index, 'ownerCity')}>
            {(control) => (
              <select
                {...control}
                value={row.ownerCity}
                onChange={(e) => update(index, { ownerCity: e.target.value, ownerUnitId: '' })}
              >
                {cityCodes.map((code) => (
                  <option key={code} value={code}>
                    {cityName(code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('outcome.ownerUnit')} error={error(index, 'ownerUnitId')}>
            {(control) => (
              <UnitSelect
                control={control}
                cityCode={row.ownerCity}
                value={row.ownerUnitId}
                onChange={(id) => update(index, { ownerUnitId: id })}
              />
            )}
          </Field>
          <Field label={t('outcome.dueOn')} required error={error(index, 'dueOn')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={row.dueOn}
                onChange={(e) => update(index, { dueOn: e.target.value })}
              />
            )}
          </Field>
          <button
            type="button"
            className="secondary"
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {t('outcome.remove')}
          </button>
        </fieldset>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onChange([...rows, { action: '', ownerCity: cityCodes[0] ?? '', ownerUnitId: '', dueOn: '' }])
          }
        >
          {t('outcome.addFollowUp')}
        </button>
      </div>
    </fieldset>
  );
}
