import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, JWK, SignJWT } from 'jose';
import { projectRoot } from '../services/shared/src/project-root';

/**
 * The demo's keys (data/keys/): the identity provider's ES256 pair for client tokens and its public
 * JWKS, and the gateway's own ES256 pair for the identity it sends to subgraphs. Each private key
 * goes to one party only: the first to `npm run token`, the second to the gateway.
 */
export interface DemoKeys {
  dir: string;
  jwksFile: string;
  privateJwk: JWK;
  issuer: string;
  audience: string;
  /** The gateway's private JWK (GATEWAY_SIGNING_KEY_FILE): for the gateway only. */
  gatewaySigningKeyFile: string;
  gatewaySigningJwk: JWK;
  /** The gateway's public key set (GATEWAY_PUBLIC_KEYS_FILE): what every subgraph gets. */
  gatewayPublicKeysFile: string;
}

/**
 * The demo provider's issuer (`npm start` runs it there): `npm run token` signs with the same key and
 * issuer, so the gateway trusts both the same way.
 */
export const DEMO_ISSUER = process.env.OIDC_ISSUER || 'http://127.0.0.1:4400';
export const DEMO_AUDIENCE = 'union-hub-api';

/** A fresh ES256 pair: the private JWK (with kid and alg) and its public JWK, for a key set. */
export async function newSigningKeyPair(): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    publicJwk: { ...publicJwk, kid, alg: 'ES256', use: 'sig' },
  };
}

/** Writes a private JWK (owner-only) and a key set with its public half, unless already there. */
async function ensurePair(privateFile: string, publicSetFile: string): Promise<void> {
  if (existsSync(privateFile)) return;
  const { privateJwk, publicJwk } = await newSigningKeyPair();
  writeFileSync(privateFile, JSON.stringify(privateJwk), { mode: 0o600 });
  writeFileSync(publicSetFile, JSON.stringify({ keys: [publicJwk] }, null, 2));
}

/**
 * Creates the demo keys on first use and reads them after. Each pair is made on its own, so a
 * data/keys/ from before the gateway had its own key gains one on the next start.
 */
export async function ensureDemoKeys(dir = join(projectRoot(), 'data', 'keys')): Promise<DemoKeys> {
  mkdirSync(dir, { recursive: true });
  const privateFile = join(dir, 'issuer.private.jwk.json');
  const jwksFile = join(dir, 'jwks.json');
  const gatewaySigningKeyFile = join(dir, 'gateway.private.jwk.json');
  const gatewayPublicKeysFile = join(dir, 'gateway.public-keys.json');
  await ensurePair(privateFile, jwksFile);
  await ensurePair(gatewaySigningKeyFile, gatewayPublicKeysFile);
  const readJwk = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as JWK;
  return {
    dir,
    jwksFile,
    privateJwk: readJwk(privateFile),
    issuer: DEMO_ISSUER,
    audience: DEMO_AUDIENCE,
    gatewaySigningKeyFile,
    gatewaySigningJwk: readJwk(gatewaySigningKeyFile),
    gatewayPublicKeysFile,
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

/** The gateway's key environment: client-token verification and its own signing key, nothing else. */
export function gatewayKeyEnv(keys: DemoKeys): Record<string, string> {
  return {
    JWKS_FILE: keys.jwksFile,
    JWT_ISSUER: keys.issuer,
    JWT_AUDIENCE: keys.audience,
    GATEWAY_SIGNING_KEY_FILE: keys.gatewaySigningKeyFile,
  };
}

/** A subgraph's key environment: the gateway's public keys only. */
export function subgraphKeyEnv(keys: DemoKeys): Record<string, string> {
  return { GATEWAY_PUBLIC_KEYS_FILE: keys.gatewayPublicKeysFile };
}
