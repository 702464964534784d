import type { Person } from '../../auth/person';
import type { DrivePartyRole } from '../../gql/graphql';

/** A drive party as the workspace queries give it. */
export interface WorkParty {
  id: string;
  role: DrivePartyRole;
  cityCode: string;
  organisation?: { id: string; name: string } | null;
  unit?: { id: string; name: string } | null;
}

/**
 * The services' rule (drive-access.ts), so the page offers only what the graph would accept: a city
 * officer acts for every party of their city, a school officer for their own unit's party only.
 */
export function actsForParty(person: Person, party: WorkParty): boolean {
  if (person.role === 'city-officer') return party.cityCode === person.cityCode;
  if (person.role === 'school-officer')
    return party.cityCode === person.unit?.cityCode && !!party.unit && party.unit.id === person.unit?.id;
  return false;
}

export const partiesActedFor = (person: Person, parties: WorkParty[], role?: DrivePartyRole) =>
  parties.filter((party) => (!role || party.role === role) && actsForParty(person, party));

export const partyLabel = (party: WorkParty) =>
  `${party.organisation?.name ?? party.unit?.name ?? party.organisation?.id ?? party.unit?.id ?? '—'} (${party.cityCode})`;

/** Today as YYYY-MM-DD in the person's own time zone, the default for a form's date. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
