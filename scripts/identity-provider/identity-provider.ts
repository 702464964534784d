import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { Server } from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import type { JWK } from 'jose';
import type { Configuration, KoaContextWithOIDC } from 'oidc-provider' with { 'resolution-mode': 'import' };
import { accountById, hubClaimsOf } from './demo-accounts';
import { mountLoginRoutes } from './login-routes';
import { errorPage, logoutPage, signedOutPage } from './provider-pages';

/** The hub's API as an OAuth resource: tokens for it are JWTs with `aud` = the gateway's JWT_AUDIENCE. */
export const HUB_API_RESOURCE = 'urn:union-hub:api';
export const HUB_API_SCOPE = 'hub';
export const DASHBOARD_CLIENT_ID = 'union-hub-dashboard';

export interface IdentityProviderOptions {
  /** The issuer URL; also where the provider listens (its host and port). */
  issuer: string;
  /** The ES256 private JWK it signs with (the demo issuer key, whose public half the gateway trusts). */
  signingJwk: JWK;
  audience: string;
  /** Origins of the dashboards allowed to sign in (redirects go to <origin>/dang-nhap/…). */
  dashboardOrigins: string[];
  accessTokenTtlSeconds?: number;
  refreshTokenTtlSeconds?: number;
}

export interface RunningIdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) for the demo: authorization code with PKCE for
 * the dashboard, refresh tokens, RP-initiated logout, and access tokens as JWTs carrying the hub's
 * claims. Only its accounts are hand-made (demo-accounts.ts).
 */
export async function startIdentityProvider(
  options: IdentityProviderOptions,
): Promise<RunningIdentityProvider> {
  if (process.env.NODE_ENV === 'production') {
    throw new Error('The demo identity provider does not run in production: point the gateway at your own');
  }
  // oidc-provider is published as ES modules only; this file compiles to CommonJS.
  const { default: Provider, errors } = await import('oidc-provider');
  // Listen first: with port 0 the issuer (which names the port) is known only then.
  const requested = new URL(options.issuer);
  const app = express();
  app.disable('x-powered-by');
  const server: Server = app.listen(Number(requested.port || 80), requested.hostname);
  await once(server, 'listening');
  const issuer = new URL(
    `${requested.protocol}//${requested.hostname}:${(server.address() as AddressInfo).port}`,
  );
  const redirects = (path: string) => options.dashboardOrigins.map((origin) => `${origin}${path}`);

  const configuration: Configuration = {
    clients: [
      {
        client_id: DASHBOARD_CLIENT_ID,
        client_name: 'Hub Công đoàn Giáo dục',
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [...redirects('/dang-nhap/xong'), ...redirects('/dang-nhap/cua-so')],
        post_logout_redirect_uris: redirects('/'),
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [{ ...options.signingJwk, use: 'sig' } as never] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'offline_access', HUB_API_SCOPE],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    findAccount: (_ctx, sub) => {
      const account = accountById(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, name: account.name, preferred_username: account.username }),
      };
    },
    extraTokenClaims: (_ctx, token) => {
      const account = 'accountId' in token ? accountById(token.accountId) : undefined;
      return account ? hubClaimsOf(account) : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => HUB_API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== HUB_API_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: HUB_API_SCOPE,
            audience: options.audience,
            accessTokenFormat: 'jwt',
            accessTokenTTL: options.accessTokenTtlSeconds ?? 900,
            jwt: { sign: { alg: 'ES256' } },
          };
        },
      },
    },
    clientBasedCORS: (_ctx, origin) => options.dashboardOrigins.includes(origin),
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    ttl: {
      AccessToken: options.accessTokenTtlSeconds ?? 900,
      IdToken: options.accessTokenTtlSeconds ?? 900,
      RefreshToken: options.refreshTokenTtlSeconds ?? 8 * 3600,
      Session: options.refreshTokenTtlSeconds ?? 8 * 3600,
      Grant: options.refreshTokenTtlSeconds ?? 8 * 3600,
      Interaction: 3600,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(String(out.error_description ?? out.error));
    },
    interactions: { url: (_ctx, interaction) => `/dang-nhap/${interaction.uid}` },
  };

  const provider = new Provider(issuer.origin, configuration);
  mountLoginRoutes(app, provider);
  app.use(provider.callback());

  return {
    issuer: issuer.origin,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
