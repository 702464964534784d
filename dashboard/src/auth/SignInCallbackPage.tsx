import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { NS } from './messages';
import { sessionStore } from './session-store';

/** Where the provider sends the browser back with a code: exchanges it and returns to the page. */
export function SignInCallbackPage() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const done = useRef(false);
  useEffect(() => {
    // The code can be exchanged once only (StrictMode runs effects twice in development).
    if (done.current) return;
    done.current = true;
    sessionStore
      .start()
      .then(() => sessionStore.completeSignIn())
      .then((returnTo) => navigate(returnTo, { replace: true }))
      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
  }, [navigate]);
  if (error) {
    return (
      <div role="alert">
        <p>{t('failed', { message: error })}</p>
        <Link to="/">{t('backHome')}</Link>
      </div>
    );
  }
  return <p role="status">{t('completing')}</p>;
}
