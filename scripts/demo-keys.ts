import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';
import { projectRoot } from '../services/shared/src/project-root';

/** The demo's signing key, its public JWKS and the gateway-to-subgraph secret (data/keys/). */
export interface DemoKeys {
  dir: string;
  jwksFile: string;
  privateJwk: JWK;
  internalSecret: string;
  issuer: string;
  audience: string;
}

export const DEMO_ISSUER = 'union-hub-demo';
export const DEMO_AUDIENCE = 'union-hub-api';

/** Creates the demo keys on first use (an ES256 pair and a random secret) and reads them after. */
export async function ensureDemoKeys(dir = join(projectRoot(), 'data', 'keys')): Promise<DemoKeys> {
  const privateFile = join(dir, 'issuer.private.jwk.json');
  const jwksFile = join(dir, 'jwks.json');
  const secretFile = join(dir, 'internal-identity.secret');
  if (!existsSync(privateFile)) {
    mkdirSync(dir, { recursive: true });
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
    writeFileSync(privateFile, JSON.stringify(privateJwk), { mode: 0o600 });
    writeFileSync(
      jwksFile,
      JSON.stringify({ keys: [{ ...publicJwk, kid, alg: 'ES256', use: 'sig' }] }, null, 2),
    );
    writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return {
    dir,
    jwksFile,
    privateJwk: JSON.parse(readFileSync(privateFile, 'utf8')) as JWK,
    internalSecret: readFileSync(secretFile, 'utf8').trim(),
    issuer: DEMO_ISSUER,
    audience: DEMO_AUDIENCE,
  };
}

export interface TokenClaims {
  sub: string;
  role: string;
  city?: string;
  unit?: string;
}

/** A client token signed with the demo key, as an identity provider would issue it. */
export async function signDemoToken(keys: DemoKeys, claims: TokenClaims, lifetime = '8h'): Promise<string> {
  const key = await importJWK(keys.privateJwk, 'ES256');
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid })
    .setIssuer(keys.issuer)
    .setAudience(keys.audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(key);
}

/** The environment that points a gateway and subgraphs at these keys. */
export function demoKeyEnv(keys: DemoKeys): Record<string, string> {
  return {
    JWKS_FILE: keys.jwksFile,
    JWT_ISSUER: keys.issuer,
    JWT_AUDIENCE: keys.audience,
    INTERNAL_IDENTITY_SECRET: keys.internalSecret,
  };
}
