import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from './messages';
import { sessionStore } from './session-store';
import { useSession } from './use-session';

/**
 * Shown over the page when the session can no longer be refreshed. Signing in again happens in a
 * popup, so the page underneath — and a half-filled form — is never reloaded.
 */
export function SessionExpiredDialog() {
  const { t } = useTranslation(NS);
  const { status } = useSession();
  const [failed, setFailed] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = status === 'expired' && !dismissed;
  useEffect(() => {
    if (status !== 'expired') setDismissed(false);
  }, [status]);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  const signInAgain = async () => {
    setFailed(false);
    if (!(await sessionStore.signInAgain())) setFailed(true);
  };
  return (
    <dialog
      ref={dialog}
      className="session-expired"
      aria-labelledby="session-expired-title"
      onClose={() => setDismissed(true)}
    >
      <h2 id="session-expired-title">{t('expiredTitle')}</h2>
      <p>{t('expiredBody')}</p>
      {failed && <p role="alert">{t('signInAgainFailed')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={() => void signInAgain()}>
          {t('signInAgain')}
        </button>
        <button type="button" className="secondary" onClick={() => setDismissed(true)}>
          {t('later')}
        </button>
      </div>
    </dialog>
  );
}
