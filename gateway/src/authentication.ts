import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, JSONWebKeySet, jwtVerify } from 'jose';
import { ConfigurationError, UnauthenticatedError } from '../../services/shared/src/errors';
import { ANONYMOUS, Identity, identityFromClaims } from '../../services/shared/src/identity';
import { ClaimMapping, DEFAULT_CLAIM_MAPPING, mapClaims } from './claim-mapping';

export interface TokenSettings {
  jwksFile?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** Asymmetric algorithms only, so that an HS256 token made with a public key is never accepted. */
  algorithms: string[];
  /** Which claims carry role, city and unit (JWT_ROLE_CLAIM, JWT_CITY_CLAIM, JWT_UNIT_CLAIM). */
  claims?: ClaimMapping;
}

const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^ES256K$/;

const REASONS: Record<string, string> = {
  ERR_JWT_EXPIRED: 'the token has expired',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'a claim of the token is not valid here',
  ERR_JOSE_ALG_NOT_ALLOWED: 'the token is signed with an algorithm this hub does not accept',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'the token’s signature does not verify',
  ERR_JWKS_NO_MATCHING_KEY: 'the token is signed with a key this hub does not know',
};

/**
 * Verifies `Authorization: Bearer <JWT>` once, at the gateway: signature against the configured
 * JWKS, issuer, audience, expiry and not-before. No header means an anonymous viewer; a header that
 * does not verify is UNAUTHENTICATED, never silently anonymous.
 */
export function createTokenVerifier(
  settings: TokenSettings,
): (authorization: string | undefined) => Promise<Identity> {
  for (const algorithm of settings.algorithms) {
    if (!ASYMMETRIC.test(algorithm))
      throw new ConfigurationError(`JWT_ALGORITHMS: ${algorithm} is not asymmetric`);
  }
  let keys: ReturnType<typeof createLocalJWKSet> | ReturnType<typeof createRemoteJWKSet>;
  if (settings.jwksUrl) keys = createRemoteJWKSet(new URL(settings.jwksUrl));
  else if (settings.jwksFile)
    keys = createLocalJWKSet(JSON.parse(readFileSync(settings.jwksFile, 'utf8')) as JSONWebKeySet);
  else throw new ConfigurationError('Set JWKS_FILE or JWKS_URL: the keys that sign client tokens');

  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, {
        issuer: settings.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        clockTolerance: 30,
      }));
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      throw new UnauthenticatedError(`Sign-in refused: ${REASONS[code] ?? 'the token is not valid'}`, {
        reason: code || undefined,
      });
    }
    return identityFromClaims(mapClaims(claims, settings.claims ?? DEFAULT_CLAIM_MAPPING));
  };
}
