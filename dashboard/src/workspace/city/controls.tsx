import { useTranslation } from 'react-i18next';
import { Field } from '../forms/Field';
import { NS } from './messages';

interface Common {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** A labelled text, number or date box with its error next to it. */
export function TextInput({
  multiline,
  inputMode,
  ...field
}: Common & { multiline?: boolean; inputMode?: 'numeric' }) {
  return (
    <Field label={field.label} error={field.error} hint={field.hint} required={field.required}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            rows={3}
            value={field.value}
            onChange={(e) => field.onChange(e.target.value)}
          />
        ) : (
          <input
            {...control}
            inputMode={inputMode}
            value={field.value}
            onChange={(e) => field.onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}

/** A labelled choice; an empty first option unless `noEmpty`. */
export function SelectInput({
  options,
  noEmpty,
  ...field
}: Common & { options: { value: string; label: string }[]; noEmpty?: boolean }) {
  const { t } = useTranslation(NS);
  return (
    <Field label={field.label} error={field.error} hint={field.hint} required={field.required}>
      {(control) => (
        <select {...control} value={field.value} onChange={(e) => field.onChange(e.target.value)}>
          {!noEmpty && <option value="">{t('choose')}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Previous / next page of a connection, with how many records match. */
export function Pager({
  totalCount,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  label,
}: {
  totalCount?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  label: string;
}) {
  const { t } = useTranslation(NS);
  return (
    <div className="city-work-pager" role="group" aria-label={label}>
      {totalCount !== undefined && <span>{t('pageOf', { count: totalCount })}</span>}
      <button type="button" disabled={!hasPrevious} onClick={onPrevious}>
        {t('previous')}
      </button>
      <button type="button" disabled={!hasNext} onClick={onNext}>
        {t('next')}
      </button>
    </div>
  );
}

/** The options of an enum, labelled from the catalogue. */
export const enumOptions = (values: readonly string[], label: (value: string) => string) =>
  values.map((value) => ({ value, label: label(value) }));
