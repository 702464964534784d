import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { seriousErrors, unavailableCityCodes } from './partial-data';

/** Loading and failure around a view's one request; partial data (a city down) still renders. */
export function QueryState({
  fetching,
  error,
  hasData,
  children,
}: {
  fetching: boolean;
  error?: CombinedError;
  hasData: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (!hasData && fetching) return <p role="status">{t('loading')}</p>;
  const problems = seriousErrors(error);
  if (!hasData)
    return (
      <p role="alert" className="error">
        {t('error', { message: problems.join('; ') || error?.message || '' })}
      </p>
    );
  return (
    <>
      {problems.length > 0 && (
        <p role="alert" className="error">
          {t('error', { message: problems.join('; ') })}
        </p>
      )}
      {children}
    </>
  );
}

/** The banner that says which cities' data is missing from this page. */
export function PartialDataNotice({
  error,
  cityName,
}: {
  error?: CombinedError;
  cityName?: (code: string) => string;
}) {
  const { t } = useTranslation();
  const codes = unavailableCityCodes(error);
  if (codes.length === 0) return null;
  return (
    <p role="status" className="partial-notice">
      {t('partialData', { cities: codes.map((code) => cityName?.(code) ?? code).join(', ') })}
    </p>
  );
}

/** In place of a city's card or figure when the city could not be reached. */
export function CityUnavailable({ city }: { city: string }) {
  const { t } = useTranslation();
  return <span className="city-unavailable">{t('cityUnavailable', { city })}</span>;
}

/** In place of a figure a city has not reported: never 0. */
export function NotReported() {
  const { t } = useTranslation();
  return <span className="not-reported">{t('notReported')}</span>;
}

export function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  // Labelled by id, not by wrapping: a wrapping label would make every option part of the name.
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Whether a comparison has every city it expects: a provisional ranking is announced as such, and the
 * general outage notice is added only for cities the comparison itself does not already name.
 */
export function CompletenessNotice({
  complete,
  text,
  missingCodes,
  error,
  cityName,
}: {
  complete: boolean;
  text: string;
  missingCodes: string[];
  error?: CombinedError;
  cityName: (code: string) => string;
}) {
  return (
    <>
      {complete ? (
        <p className="muted" data-testid="completeness">
          {text}
        </p>
      ) : (
        <p role="status" className="partial-notice" data-testid="completeness">
          {text}
        </p>
      )}
      {unavailableCityCodes(error).some((code) => !missingCodes.includes(code)) && (
        <PartialDataNotice error={error} cityName={cityName} />
      )}
    </>
  );
}
