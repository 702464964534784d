import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { Person, personOf } from './person';
import { loadSignInSettings } from './sign-in-settings';

export type SessionStatus = 'loading' | 'unavailable' | 'signed-out' | 'signed-in' | 'expired';

export interface SessionState {
  status: SessionStatus;
  person: Person | null;
}

export const SIGN_IN_CALLBACK_PATH = '/dang-nhap/xong';
export const SIGN_IN_POPUP_PATH = '/dang-nhap/cua-so';
/** Refresh this long before the access token runs out, so that no request carries a dying token. */
const REFRESH_MARGIN_SECONDS = 30;

let manager: UserManager | null = null;
let started: Promise<void> | null = null;
let user: User | null = null;
let state: SessionState = { status: 'loading', person: null };
const listeners = new Set<() => void>();

function publish(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

function signedIn(next: User) {
  user = next;
  publish({ status: 'signed-in', person: personOf(next) });
}

/**
 * The session as a small store outside React: the GraphQL client's fetch reads its token and the
 * page re-renders on its changes (useSyncExternalStore). Tokens live in sessionStorage (this tab
 * only, gone when it closes), never in localStorage.
 */
export const sessionStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => state,

  /** Reads the settings and any session of this tab; requests wait for it (see accessToken). */
  start(): Promise<void> {
    started ??= startSession();
    return started;
  },

  /** The path to come back to is kept in the OIDC state, not in the URL. */
  async signIn(returnTo = window.location.pathname + window.location.search): Promise<void> {
    await manager?.signinRedirect({ state: { returnTo } });
  },

  /** Finishes a sign-in redirect; returns where the person was going. */
  async completeSignIn(): Promise<string> {
    if (!manager) return '/';
    const next = await manager.signinRedirectCallback();
    signedIn(next);
    const returnTo = (next.state as { returnTo?: string } | undefined)?.returnTo;
    return returnTo?.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
  },

  /** In the popup window: hands the provider's answer back to the page that opened it. */
  async completePopup(): Promise<void> {
    await sessionStore.start();
    await manager?.signinPopupCallback();
  },

  /** Signs in again in a popup: the page, and any form being filled, stays as it is. */
  async signInAgain(): Promise<boolean> {
    if (!manager) return false;
    try {
      signedIn(await manager.signinPopup());
      return true;
    } catch {
      return false;
    }
  },

  async signOut(): Promise<void> {
    if (!manager) return;
    const idToken = user?.id_token;
    user = null;
    await manager.removeUser();
    publish({ status: 'signed-out', person: null });
    await manager.signoutRedirect({ id_token_hint: idToken });
  },

  /** A token good for the next request: refreshed when close to expiry; undefined when signed out. */
  async accessToken(): Promise<string | undefined> {
    await sessionStore.start();
    if (!user || state.status !== 'signed-in') return undefined;
    if ((user.expires_in ?? 0) > REFRESH_MARGIN_SECONDS) return user.access_token;
    return (await refresh()) ? user?.access_token : undefined;
  },

  /** The gateway refused the token (401): try a refresh once, otherwise the session has expired. */
  async refused(): Promise<boolean> {
    return refresh();
  },
};

async function startSession(): Promise<void> {
  const settings = await loadSignInSettings();
  if (!settings) return publish({ status: 'unavailable', person: null });
  const origin = window.location.origin;
  manager = new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    scope: settings.scope,
    redirect_uri: origin + SIGN_IN_CALLBACK_PATH,
    popup_redirect_uri: origin + SIGN_IN_POPUP_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    loadUserInfo: false,
    // Refreshed when a request needs it (accessToken below), not on a timer.
    automaticSilentRenew: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  const stored = await manager.getUser();
  if (stored && !stored.expired) return signedIn(stored);
  if (stored && (await refresh())) return;
  publish({ status: stored ? 'expired' : 'signed-out', person: stored ? personOf(stored) : null });
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time, however many requests find the token old. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const next = await manager?.signinSilent();
      if (next) {
        signedIn(next);
        return true;
      }
    } catch {
      // the refresh token is gone, expired or revoked: sign in again
    }
    if (user || state.status === 'signed-in') publish({ status: 'expired', person: state.person });
    return false;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}
