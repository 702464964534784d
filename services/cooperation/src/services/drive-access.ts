import type { Identity } from '../../../shared/src/identity';
import { ForbiddenError, UnauthenticatedError } from '../../../shared/src/errors';
import { DriveParty, PartyRole } from '../entities/drive.entity';

/**
 * Who acts for a party: officers of its city for a city education union, and also the school officer
 * of the unit for a grassroots union.
 */
export function actsFor(identity: Identity, party: DriveParty): boolean {
  if (identity.role === 'city-officer') return identity.cityCode === party.cityCode;
  if (identity.role === 'school-officer') {
    return !!party.unitId && identity.unit?.cityCode === party.cityCode && identity.unit.id === party.unitId;
  }
  return false;
}

export function isOrganiser(identity: Identity, parties: DriveParty[]): boolean {
  return parties.some((party) => party.role === PartyRole.ORGANISER && actsFor(identity, party));
}

/** Refuses with UNAUTHENTICATED for anonymous callers and FORBIDDEN, naming who may, otherwise. */
export function requireThat(allowed: boolean, identity: Identity, who: string): void {
  if (allowed) return;
  if (identity.anonymous) throw new UnauthenticatedError(`Sign in: only ${who} may do this`);
  throw new ForbiddenError(`Only ${who} may do this`);
}

/** "Nguyễn Thị Hoa" -> "N.T.H.": what anyone who is not an organiser or the nominating unit sees. */
export function initialsOf(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .map((word) => `${word.normalize('NFC').charAt(0).toUpperCase()}.`)
    .join('');
}
