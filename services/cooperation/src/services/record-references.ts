import type { UnitRef } from '../../../shared/src/identity';
import { DriveParty, PartyRole } from '../entities/drive.entity';
import type { CityReference } from './city-references';
import type { FollowUpInput } from './programme.service';

/** The references to cities' records that hub writes carry, each named by its argument. */

const LIST_OF: Record<PartyRole, string> = {
  [PartyRole.ORGANISER]: 'input.organisers',
  [PartyRole.CO_SPONSOR]: 'input.coSponsors',
  [PartyRole.BENEFICIARY]: 'input.beneficiaries',
};

/** A drive's party: a city's organisation (its education union) or one of its grassroots unions. */
export function partyReference(party: DriveParty): CityReference {
  const list = LIST_OF[party.role];
  return party.unitId
    ? { kind: 'GrassrootsUnion', cityCode: party.cityCode, id: party.unitId, argument: `${list}.unitId` }
    : {
        kind: 'Organisation',
        cityCode: party.cityCode,
        id: party.organisationId ?? '',
        argument: `${list}.organisationId`,
      };
}

/** The owner of a follow-up action: an organisation of its city, or a grassroots union, or neither. */
export function followUpOwnerReferences(action: FollowUpInput): CityReference[] {
  const cityCode = action.ownerCity;
  const references: CityReference[] = [];
  if (action.ownerOrganisationId) {
    const argument = 'followUps.ownerOrganisationId';
    references.push({ kind: 'Organisation', cityCode, id: action.ownerOrganisationId, argument });
  }
  if (action.ownerUnitId) {
    const argument = 'followUps.ownerUnitId';
    references.push({ kind: 'GrassrootsUnion', cityCode, id: action.ownerUnitId, argument });
  }
  return references;
}

export const unitReference = (unit: UnitRef, argument: string): CityReference => ({
  kind: 'GrassrootsUnion',
  cityCode: unit.cityCode,
  id: unit.id,
  argument,
});
