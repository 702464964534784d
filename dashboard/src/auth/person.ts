import type { User } from 'oidc-client-ts';

export type Role = 'viewer' | 'city-officer' | 'school-officer' | 'hub-admin';

/** Who is signed in, as far as the page needs to know to offer the right work. */
export interface Person {
  name: string;
  role: Role;
  /** The city a city officer acts for. */
  cityCode?: string;
  /** The grassroots union a school officer acts for. */
  unit?: { cityCode: string; id: string };
}

const ROLES: readonly Role[] = ['viewer', 'city-officer', 'school-officer', 'hub-admin'];

/**
 * The access token's payload, read without checking its signature: only to choose which menus to
 * show. The gateway verifies every request; a page that guessed wrong is refused there.
 */
function accessTokenClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  try {
    const json = new TextDecoder().decode(
      Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
    );
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function personOf(user: User): Person {
  const claims = accessTokenClaims(user.access_token);
  const role = ROLES.includes(claims.role as Role) ? (claims.role as Role) : 'viewer';
  const [unitCity, unitId] = typeof claims.unit === 'string' ? claims.unit.split('/') : [];
  return {
    name: user.profile.name ?? user.profile.preferred_username ?? user.profile.sub,
    role,
    cityCode: typeof claims.city === 'string' ? claims.city : undefined,
    unit: unitCity && unitId ? { cityCode: unitCity, id: unitId } : undefined,
  };
}
