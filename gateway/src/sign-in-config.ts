import { Express } from 'express';
import { Env } from '../../services/shared/src/env';
import { ConfigurationError } from '../../services/shared/src/errors';

/**
 * What the web app needs to sign people in with OpenID Connect (authorization code + PKCE): the
 * provider whose tokens this gateway trusts, the app's client id there and the scopes to ask for.
 * Served, not built in, so that one build of the app works against any deployment's provider.
 */
export interface SignInSettings {
  /** OIDC_AUTHORITY: the provider's issuer URL; unset means the app offers no sign-in. */
  authority?: string;
  clientId: string;
  scope: string;
}

export function readSignInSettings(env: Env): SignInSettings {
  const authority = env.OIDC_AUTHORITY?.trim() || undefined;
  if (authority) {
    if (!/^https?:\/\/[^\s/]+/.test(authority)) {
      throw new ConfigurationError(`OIDC_AUTHORITY must be an http(s) URL, not "${authority}"`);
    }
  }
  return {
    authority,
    clientId: env.OIDC_CLIENT_ID?.trim() || 'union-hub-dashboard',
    scope: env.OIDC_SCOPE?.trim() || 'openid profile offline_access hub',
  };
}

/** GET /auth-config.json: the settings above, never cached (they change with the deployment). */
export function mountSignInConfig(web: Express, settings: SignInSettings): void {
  web.get('/auth-config.json', (_request, response) => {
    response
      .set('Cache-Control', 'no-store')
      .json(
        settings.authority
          ? { authority: settings.authority, clientId: settings.clientId, scope: settings.scope }
          : { authority: null },
      );
  });
}
