import { UnauthenticatedError } from './errors';
import { CITY_CODE_PATTERN } from './env';

/** The roles of DESIGN.md, "Who may do what". */
export const ROLES = ['viewer', 'city-officer', 'school-officer', 'hub-admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UnitRef {
  cityCode: string;
  id: string;
}

/** Who is asking, as verified once at the gateway and passed on to every subgraph. */
export interface Identity {
  subject: string;
  role: Role;
  /** The city a city officer acts for. */
  cityCode?: string;
  /** The grassroots union a school officer acts for. */
  unit?: UnitRef;
  anonymous: boolean;
}

export const ANONYMOUS: Identity = { subject: 'anonymous', role: 'viewer', anonymous: true };

/** A unit id as the city subgraphs make them (`hn-thcs-thpt-newton`): a-z, 0-9 and "-", 64 at most. */
export const UNIT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** `"HN/hn-thcs-thpt-newton"`: exactly a city code and a unit id; anything else is not a unit. */
function parseUnitClaim(claim: unknown): UnitRef | undefined {
  const parts = typeof claim === 'string' ? claim.split('/') : [];
  if (parts.length !== 2) return undefined;
  const [cityCode, id] = parts;
  return CITY_CODE_PATTERN.test(cityCode) && UNIT_ID_PATTERN.test(id) ? { cityCode, id } : undefined;
}

/**
 * Reads an identity from verified token claims: `role`, `city` for a city officer and
 * `unit: "HN/<unit id>"` for a school officer. A token that does not say exactly who it is is refused:
 * a malformed claim is never read leniently (`HN/<unit id>/extra` must not act for the unit).
 */
export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const role = claims.role;
  if (typeof claims.sub !== 'string' || !claims.sub)
    throw new UnauthenticatedError('The token names no subject');
  if (!ROLES.includes(role as Role)) {
    throw new UnauthenticatedError(`The token's role must be one of ${ROLES.join(', ')}`);
  }
  const identity: Identity = { subject: claims.sub, role: role as Role, anonymous: claims.anon === true };
  if (role === 'city-officer') {
    if (typeof claims.city !== 'string' || !CITY_CODE_PATTERN.test(claims.city)) {
      throw new UnauthenticatedError('A city officer token must name its city, e.g. "city": "HN"');
    }
    identity.cityCode = claims.city;
  }
  if (role === 'school-officer') {
    const unit = parseUnitClaim(claims.unit);
    if (!unit) {
      throw new UnauthenticatedError(
        'A school officer token must name its unit as CITY/unit-id, e.g. "unit": "HN/hn-thcs-thpt-newton"',
      );
    }
    identity.unit = unit;
  }
  return identity;
}

/** The claims that carry an identity (the inverse of identityFromClaims). */
export function claimsOf(identity: Identity): Record<string, unknown> {
  return {
    role: identity.role,
    ...(identity.cityCode ? { city: identity.cityCode } : {}),
    ...(identity.unit ? { unit: `${identity.unit.cityCode}/${identity.unit.id}` } : {}),
    ...(identity.anonymous ? { anon: true } : {}),
  };
}

/**
 * Whether `identity` acts for a body of city `cityCode`: any officer of that city does; a school
 * officer does for its own grassroots union (`unitId`) only.
 */
export function actsForUnit(identity: Identity, cityCode: string, unitId?: string | null): boolean {
  if (identity.role === 'city-officer') return identity.cityCode === cityCode;
  if (identity.role === 'school-officer') {
    return !!unitId && identity.unit?.cityCode === cityCode && identity.unit.id === unitId;
  }
  return false;
}
