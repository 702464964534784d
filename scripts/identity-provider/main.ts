import { readFileSync } from 'node:fs';
import type { JWK } from 'jose';
import { DEMO_AUDIENCE, DEMO_ISSUER, ensureDemoKeys } from '../demo-keys';
import { startIdentityProvider } from './identity-provider';

const seconds = (name: string): number | undefined => {
  const value = process.env[name];
  if (!value) return undefined;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1)
    throw new Error(`${name} must be a whole number of seconds`);
  return parsed;
};

/**
 * The demo OpenID Connect provider as its own process (`npm start` runs it; the browser tests too).
 * OIDC_ISSUER (default http://127.0.0.1:4400), DASHBOARD_ORIGINS (where the dashboard runs),
 * OIDC_SIGNING_KEY_FILE (default: the demo issuer key in data/keys), OIDC_ACCESS_TOKEN_TTL and
 * OIDC_REFRESH_TOKEN_TTL in seconds.
 */
async function main(): Promise<void> {
  const keyFile = process.env.OIDC_SIGNING_KEY_FILE;
  const signingJwk = keyFile
    ? (JSON.parse(readFileSync(keyFile, 'utf8')) as JWK)
    : (await ensureDemoKeys()).privateJwk;
  const provider = await startIdentityProvider({
    issuer: DEMO_ISSUER,
    signingJwk,
    audience: process.env.JWT_AUDIENCE || DEMO_AUDIENCE,
    dashboardOrigins: (process.env.DASHBOARD_ORIGINS || 'http://127.0.0.1:4000,http://localhost:4000')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    accessTokenTtlSeconds: seconds('OIDC_ACCESS_TOKEN_TTL'),
    refreshTokenTtlSeconds: seconds('OIDC_REFRESH_TOKEN_TTL'),
  });
  // The parent reads this line to learn the issuer (the port, when 0 was asked for).
  console.log(`identity provider ready at ${provider.issuer}`);
  const stop = () => void provider.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
