import { actsForUnit, Identity } from '../../../shared/src/identity';
import { DriveParty, PartyRole } from '../entities/drive.entity';

/**
 * Who acts for a party: officers of its city for a city education union, and also the school officer
 * of the unit for a grassroots union.
 */
export function actsFor(identity: Identity, party: DriveParty): boolean {
  return actsForUnit(identity, party.cityCode, party.unitId);
}

export function isOrganiser(identity: Identity, parties: DriveParty[]): boolean {
  return parties.some((party) => party.role === PartyRole.ORGANISER && actsFor(identity, party));
}

/** "Nguyễn Thị Hoa" -> "N.T.H.": what anyone who is not an organiser or the nominating unit sees. */
export function initialsOf(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .map((word) => `${word.normalize('NFC').charAt(0).toUpperCase()}.`)
    .join('');
}
