import { ConfigurationError, UnauthenticatedError } from '../../services/shared/src/errors';
import { ROLES } from '../../services/shared/src/identity';

/**
 * Where a provider's tokens carry the hub's role, city and unit. Providers differ: the demo provider
 * and a Keycloak client mapper can put `role` at the top, Keycloak's realm roles sit in
 * `realm_access.roles`, Microsoft Entra ID's app roles in `roles`. Each is a dotted path.
 */
export interface ClaimMapping {
  role: string;
  city: string;
  unit: string;
}

export const DEFAULT_CLAIM_MAPPING: ClaimMapping = { role: 'role', city: 'city', unit: 'unit' };

const PATH = /^[A-Za-z0-9_:$-]+(\.[A-Za-z0-9_:$-]+)*$/;

/** Reads JWT_ROLE_CLAIM, JWT_CITY_CLAIM and JWT_UNIT_CLAIM; a malformed path stops the gateway. */
export function readClaimMapping(env: Record<string, string | undefined>): ClaimMapping {
  const read = (name: string, fallback: string) => {
    const value = env[name]?.trim() || fallback;
    if (!PATH.test(value))
      throw new ConfigurationError(`${name} must be a claim name or a dotted path, not "${value}"`);
    return value;
  };
  return {
    role: read('JWT_ROLE_CLAIM', DEFAULT_CLAIM_MAPPING.role),
    city: read('JWT_CITY_CLAIM', DEFAULT_CLAIM_MAPPING.city),
    unit: read('JWT_UNIT_CLAIM', DEFAULT_CLAIM_MAPPING.unit),
  };
}

function at(claims: Record<string, unknown>, path: string): unknown {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * A role claim may be one string or a list of a person's roles (Keycloak, Entra ID), which may hold
 * roles of other applications. Exactly one of the hub's roles must be among them: a person holding two
 * is refused rather than given either, since the hub cannot know which one they act in.
 */
function roleOf(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const hubRoles = value.filter((item) => ROLES.includes(item as (typeof ROLES)[number]));
  if (hubRoles.length > 1) {
    throw new UnauthenticatedError(`The token names more than one role of this hub (${hubRoles.join(', ')})`);
  }
  return hubRoles[0];
}

/** The claims in the hub's own shape (`role`, `city`, `unit`), for identityFromClaims. */
export function mapClaims(claims: Record<string, unknown>, mapping: ClaimMapping): Record<string, unknown> {
  const city = at(claims, mapping.city);
  const unit = at(claims, mapping.unit);
  return {
    sub: claims.sub,
    role: roleOf(at(claims, mapping.role)),
    ...(city === undefined ? {} : { city }),
    ...(unit === undefined ? {} : { unit }),
  };
}
