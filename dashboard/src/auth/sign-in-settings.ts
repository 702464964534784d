/** What the gateway serving this app says about signing in (GET /auth-config.json). */
export interface SignInSettings {
  authority: string;
  clientId: string;
  scope: string;
}

/** The provider to sign in with, or null when this deployment offers no sign-in (read-only dashboard). */
export async function loadSignInSettings(): Promise<SignInSettings | null> {
  try {
    const response = await fetch('/auth-config.json', { headers: { accept: 'application/json' } });
    if (!response.ok) return null;
    const settings = (await response.json()) as Partial<SignInSettings> & { authority: string | null };
    if (!settings.authority || !settings.clientId || !settings.scope) return null;
    return { authority: settings.authority, clientId: settings.clientId, scope: settings.scope };
  } catch {
    return null;
  }
}
