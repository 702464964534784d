import { errors, jwtVerify, SignJWT } from 'jose';
import { ConfigurationError, UnauthenticatedError } from './errors';
import { claimsOf, Identity, identityFromClaims } from './identity';

/** The header in which the gateway passes the verified identity on to subgraphs. */
export const IDENTITY_HEADER = 'x-hub-identity';
const ISSUER = 'union-hub-gateway';
const AUDIENCE = 'union-hub-subgraphs';
const LIFETIME_SECONDS = 60;

/** The secret shared by the gateway and the subgraphs (INTERNAL_IDENTITY_SECRET, 32+ characters). */
export function internalSecret(value: string | undefined): Uint8Array {
  if (!value || value.length < 32) {
    throw new ConfigurationError('INTERNAL_IDENTITY_SECRET must be set to at least 32 characters');
  }
  return new TextEncoder().encode(value);
}

/** A short-lived HS256 token the gateway attaches to every subgraph request. */
export function signInternalIdentity(identity: Identity, secret: Uint8Array): Promise<string> {
  return new SignJWT(claimsOf(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(secret);
}

/**
 * What a subgraph trusts: only an identity the gateway signed. A request without one did not come
 * through the gateway; a forged, altered or stale one is refused.
 */
export async function verifyInternalIdentity(
  header: string | undefined,
  secret: Uint8Array,
): Promise<Identity> {
  if (!header) {
    throw new UnauthenticatedError('This service answers only requests that come through the gateway', {
      http: { status: 401 },
    });
  }
  try {
    const { payload } = await jwtVerify(header, secret, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    return identityFromClaims(payload);
  } catch (error) {
    const reason = error instanceof errors.JWTExpired ? 'it has expired' : 'it is not signed by the gateway';
    throw new UnauthenticatedError(`The gateway identity was refused: ${reason}`, { http: { status: 401 } });
  }
}
