import { createPrivateKey, createPublicKey, JsonWebKey, KeyObject } from 'node:crypto';
import type { JSONWebKeySet, JWK } from 'jose';
import { Env, jsonEnv } from './env';
import { ConfigurationError } from './errors';

/**
 * The keys of the gateway's identity (internal-identity.ts): the gateway alone holds its private key
 * (GATEWAY_SIGNING_KEY[_FILE]); every subgraph holds only the public keys (GATEWAY_PUBLIC_KEYS[_FILE]),
 * two of them while the gateway's key is being changed. Both are JWK, validated when a service starts.
 */
export const GATEWAY_ALGORITHMS = ['ES256', 'EdDSA'] as const;
export type GatewayAlgorithm = (typeof GATEWAY_ALGORITHMS)[number];

export interface GatewaySigningKey {
  kid: string;
  alg: GatewayAlgorithm;
  key: KeyObject;
}

const SIGNING_KEY = 'GATEWAY_SIGNING_KEY';
const PUBLIC_KEYS = 'GATEWAY_PUBLIC_KEYS';
/** Members of a JWK that hold private or symmetric key material. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const;

/** The algorithm a JWK is for; its kty and curve must agree with its `alg`. */
function algorithmOf(jwk: JWK, where: string): GatewayAlgorithm {
  const matches =
    (jwk.alg === 'ES256' && jwk.kty === 'EC' && jwk.crv === 'P-256') ||
    (jwk.alg === 'EdDSA' && jwk.kty === 'OKP' && jwk.crv === 'Ed25519');
  if (!matches) {
    throw new ConfigurationError(
      `${where} must be an ES256 (EC P-256) or EdDSA (OKP Ed25519) key with "alg" set to match`,
    );
  }
  return jwk.alg as GatewayAlgorithm;
}

function kidOf(jwk: JWK, where: string): string {
  if (typeof jwk.kid !== 'string' || !jwk.kid.trim()) {
    throw new ConfigurationError(`${where} needs a key id ("kid"), so that keys can be rotated`);
  }
  return jwk.kid;
}

/** An object with a `kty`: the least a JWK is; every other member is checked where it matters. */
const isJwk = (value: unknown): value is JWK =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'kty' in value;

/** The gateway's signing key, or undefined when none is configured (required by createGateway). */
export function gatewaySigningKeyEnv(env: Env): GatewaySigningKey | undefined {
  const jwk = jsonEnv(env, SIGNING_KEY);
  if (jwk === undefined) return undefined;
  if (!isJwk(jwk)) throw new ConfigurationError(`${SIGNING_KEY} must be one private JWK`);
  const alg = algorithmOf(jwk, SIGNING_KEY);
  const kid = kidOf(jwk, SIGNING_KEY);
  if (typeof jwk.d !== 'string') throw new ConfigurationError(`${SIGNING_KEY} must be a private key ("d")`);
  try {
    return { kid, alg, key: createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' }) };
  } catch (error) {
    throw new ConfigurationError(`${SIGNING_KEY} is not a usable key: ${(error as Error).message}`);
  }
}

/**
 * The public keys a subgraph accepts the gateway's identity from, or undefined when none are set.
 * A key set that holds any private or symmetric material is refused: a subgraph must hold nothing
 * that could sign an identity another deployment accepts.
 */
export function gatewayPublicKeysEnv(env: Env): JSONWebKeySet | undefined {
  const set = jsonEnv(env, PUBLIC_KEYS);
  if (set === undefined) return undefined;
  const list = (set as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list) || list.length === 0) {
    throw new ConfigurationError(`${PUBLIC_KEYS} must be a key set: {"keys": [<public JWK>, …]}`);
  }
  const kids = new Set<string>();
  const keys = list.map((jwk: unknown, index) => {
    const where = `${PUBLIC_KEYS} key ${index + 1}`;
    if (!isJwk(jwk)) throw new ConfigurationError(`${where} must be a JWK object`);
    const secretMember = PRIVATE_MEMBERS.find((member) => member in jwk);
    if (secretMember) {
      throw new ConfigurationError(
        `${where} holds private key material ("${secretMember}"): give subgraphs public keys only`,
      );
    }
    algorithmOf(jwk, where);
    const kid = kidOf(jwk, where);
    if (kids.has(kid)) throw new ConfigurationError(`${where} repeats the key id "${kid}"`);
    kids.add(kid);
    if (jwk.use !== undefined && jwk.use !== 'sig') throw new ConfigurationError(`${where} is not for "sig"`);
    try {
      createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
    } catch (error) {
      throw new ConfigurationError(`${where} is not a usable key: ${(error as Error).message}`);
    }
    return jwk;
  });
  return { keys };
}

export function requireGatewaySigningKey(key: GatewaySigningKey | undefined): GatewaySigningKey {
  if (!key) {
    throw new ConfigurationError(
      `Set ${SIGNING_KEY}_FILE (or ${SIGNING_KEY}): the private JWK the gateway signs identities with`,
    );
  }
  return key;
}

export function requireGatewayPublicKeys(keys: JSONWebKeySet | undefined): JSONWebKeySet {
  if (!keys) {
    throw new ConfigurationError(
      `Set ${PUBLIC_KEYS}_FILE (or ${PUBLIC_KEYS}): the gateway's public keys, {"keys": [...]}`,
    );
  }
  return keys;
}
