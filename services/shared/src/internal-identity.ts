import {
  createLocalJWKSet,
  errors,
  JSONWebKeySet,
  JWTPayload,
  jwtVerify,
  JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import { UnauthenticatedError } from './errors';
import { GATEWAY_ALGORITHMS, GatewaySigningKey } from './gateway-keys';
import { claimsOf, Identity, identityFromClaims } from './identity';

/** The header in which the gateway passes the verified identity on to subgraphs. */
export const IDENTITY_HEADER = 'x-hub-identity';
export const INTERNAL_ISSUER = 'union-hub-gateway';
/** The JWT `typ`, so that no other kind of token (a client's, say) can be passed off as this one. */
export const INTERNAL_TOKEN_TYPE = 'hub-identity+jwt';
/** The longest an identity may be valid (exp − iat); the gateway signs one per client request. */
export const MAX_LIFETIME_SECONDS = 60;
/** How far the clocks of the gateway and a subgraph may disagree. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** Each deployment is its own audience, so a token for one is refused by every other. */
export const COOPERATION_AUDIENCE = 'cooperation';
export const cityAudience = (cityCode: string): string => `city:${cityCode}`;

/** A short-lived token for one deployment (`audience`), signed with the gateway's private key. */
export function signInternalIdentity(
  identity: Identity,
  signingKey: GatewaySigningKey,
  audience: string,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claimsOf(identity))
    .setProtectedHeader({ alg: signingKey.alg, kid: signingKey.kid, typ: INTERNAL_TOKEN_TYPE })
    .setSubject(identity.subject)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(audience)
    .setIssuedAt(now)
    .setExpirationTime(now + MAX_LIFETIME_SECONDS)
    .sign(signingKey.key);
}

const refused = (reason: string, code: string, claim?: string) =>
  new UnauthenticatedError(`The gateway identity was refused: ${reason}`, {
    reason: code,
    ...(claim ? { claim } : {}),
    http: { status: 401 },
  });

/** Why jose refused a token, in words an operator can act on. */
function refusalOf(error: unknown): UnauthenticatedError {
  if (error instanceof UnauthenticatedError) return error;
  if (error instanceof errors.JWTExpired) return refused('it has expired', error.code, error.claim);
  if (error instanceof errors.JWTClaimValidationFailed) {
    const reason =
      error.claim === 'aud' ? 'it is for another deployment' : `its "${error.claim}" is not valid`;
    return refused(reason, error.code, error.claim);
  }
  const code = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
  return refused('it is not signed by the gateway', code);
}

/** Checks jose leaves to the caller: one audience only, and a lifetime of at most a minute. */
function checkLifetimeAndAudience(payload: JWTPayload): void {
  if (typeof payload.aud !== 'string') {
    throw refused('it must name exactly one deployment', 'ERR_JWT_CLAIM_VALIDATION_FAILED', 'aud');
  }
  if (payload.exp! - payload.iat! > MAX_LIFETIME_SECONDS) {
    throw refused(
      `it is valid for longer than ${MAX_LIFETIME_SECONDS} s`,
      'ERR_JWT_CLAIM_VALIDATION_FAILED',
      'exp',
    );
  }
}

/**
 * What a subgraph trusts: only an identity the gateway signed, for this deployment (`audience`), with
 * one of the gateway's public keys (`keys`, picked by `kid`). A request without one did not come
 * through the gateway; a forged, altered, stale, long-lived or misdirected one is refused with 401.
 */
export function createInternalIdentityVerifier(
  keys: JSONWebKeySet,
  audience: string,
): (header: string | undefined) => Promise<Identity> {
  const keySet = createLocalJWKSet(keys);
  // jose would use the only key of a one-key set for a token without `kid`; rotation needs kids.
  const keyFor: JWTVerifyGetKey = (protectedHeader, token) => {
    if (!protectedHeader.kid) throw refused('it names no key ("kid")', 'ERR_JWKS_NO_MATCHING_KEY');
    return keySet(protectedHeader, token);
  };
  return async (header) => {
    if (!header) {
      throw new UnauthenticatedError('This service answers only requests that come through the gateway', {
        http: { status: 401 },
      });
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(header, keyFor, {
        issuer: INTERNAL_ISSUER,
        audience,
        algorithms: [...GATEWAY_ALGORITHMS],
        typ: INTERNAL_TOKEN_TYPE,
        requiredClaims: ['exp', 'iat', 'sub'],
        maxTokenAge: MAX_LIFETIME_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      throw refusalOf(error);
    }
    checkLifetimeAndAudience(payload);
    try {
      return identityFromClaims(payload);
    } catch (error) {
      throw refused(`it does not say who is asking (${(error as Error).message})`, 'ERR_IDENTITY_MALFORMED');
    }
  };
}
