import { useTranslation } from 'react-i18next';
import { NS } from './messages';
import { sessionStore } from './session-store';
import { useSession } from './use-session';

/** The header's sign-in button, or who is signed in and the sign-out button. */
export function SessionControls() {
  const { t } = useTranslation(NS);
  const { status, person } = useSession();
  if (status === 'loading' || status === 'unavailable') return null;
  if (!person || status === 'signed-out') {
    return (
      <button type="button" className="session-button" onClick={() => void sessionStore.signIn()}>
        {t('signIn')}
      </button>
    );
  }
  return (
    <div className="session-controls">
      <p className="session-person">
        <span>{t('signedInAs', { name: person.name })}</span>
        <span className="session-role" data-role={person.role}>
          {t(`role.${person.role}`, { city: person.cityCode, unit: person.unit?.id })}
        </span>
      </p>
      <button type="button" className="session-button" onClick={() => void sessionStore.signOut()}>
        {t('signOut')}
      </button>
    </div>
  );
}
