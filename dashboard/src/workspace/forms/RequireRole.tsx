import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Role } from '../../auth/person';
import { sessionStore } from '../../auth/session-store';
import { useSession } from '../../auth/use-session';
import { NS } from './messages';

/**
 * Offers a workspace page only to the roles that can use it. The graph still decides every request;
 * this only spares people forms they could not send.
 */
export function RequireRole({ roles, children }: { roles: Role[]; children: (person: Person) => ReactNode }) {
  const { t } = useTranslation(NS);
  const { t: tAuth } = useTranslation('auth');
  const { status, person } = useSession();
  if (status === 'loading') return <p role="status">…</p>;
  if (!person || status === 'signed-out' || status === 'unavailable') {
    return (
      <div className="workspace-gate">
        <p>{t('signInRequired')}</p>
        {status !== 'unavailable' && (
          <button type="button" onClick={() => void sessionStore.signIn()}>
            {tAuth('signIn')}
          </button>
        )}
      </div>
    );
  }
  if (!roles.includes(person.role)) {
    const role = tAuth(`role.${person.role}`, { city: person.cityCode, unit: person.unit?.id });
    return <p className="workspace-gate">{t('roleRequired', { role })}</p>;
  }
  return <>{children(person)}</>;
}
