import { useTranslation } from 'react-i18next';
import { sessionStore } from '../../auth/session-store';
import { NS } from './messages';
import type { SubmissionProblems } from './server-errors';

/**
 * What happened to a submission, above the form's buttons: refused (in the person's terms, with the
 * graph's own words as detail), or done.
 */
export function FormAlert({
  problems,
  success,
}: {
  problems: SubmissionProblems | null;
  success?: string | null;
}) {
  const { t } = useTranslation(NS);
  if (problems) {
    const code = problems.code ?? 'UNKNOWN';
    const known = [
      'BAD_USER_INPUT',
      'FORBIDDEN',
      'UNAUTHENTICATED',
      'CONFLICT',
      'NOT_FOUND',
      'CITY_UNAVAILABLE',
      'CITY_SCHEMA_BEHIND',
      'NETWORK',
    ];
    return (
      <div role="alert" className="form-alert error" data-code={code}>
        <p>{t(`refused.${known.includes(code) ? code : 'UNKNOWN'}`)}</p>
        {problems.form && <p className="form-alert-detail">{problems.form}</p>}
        {code === 'UNAUTHENTICATED' && (
          <button type="button" onClick={() => void sessionStore.signInAgain()}>
            {t('signInAgain')}
          </button>
        )}
      </div>
    );
  }
  if (success) {
    return (
      <p role="status" className="form-alert success">
        {success}
      </p>
    );
  }
  return null;
}
