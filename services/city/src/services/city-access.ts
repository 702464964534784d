import { AccessRequest, commonRules, createAuthChecker } from '../../../shared/src/authorization';
import { actsForUnit, Identity } from '../../../shared/src/identity';

interface AccessContext {
  identity: Identity;
  cityCode: string;
}

type Request = AccessRequest<AccessContext>;

const isOwnCityOfficer = ({ context: { identity, cityCode } }: Request) =>
  identity.role === 'city-officer' && identity.cityCode === cityCode;

const isOfficerOfUnit = ({ identity, cityCode }: AccessContext, unitId: unknown) =>
  identity.role === 'school-officer' && identity.unit?.cityCode === cityCode && identity.unit.id === unitId;

/** Names for `@Authorized(...)` in the city subgraph. */
export const CityAccess = {
  SIGNED_IN: 'SIGNED_IN',
  OWN_CITY_OFFICER: 'OWN_CITY_OFFICER',
  /** A school officer of the grassroots union being read (the root). */
  UNIT_OFFICER: 'UNIT_OFFICER',
  /** A school officer of the member's own unit (the root is a Member). */
  MEMBER_UNIT_OFFICER: 'MEMBER_UNIT_OFFICER',
  /** A school officer of the unit named in `input.unitId`. */
  INPUT_UNIT_OFFICER: 'INPUT_UNIT_OFFICER',
} as const;

export const cityAuthChecker = createAuthChecker<AccessContext>({
  SIGNED_IN: commonRules.SIGNED_IN,
  OWN_CITY_OFFICER: isOwnCityOfficer,
  UNIT_OFFICER: ({ context, root }) => isOfficerOfUnit(context, (root as { id?: string }).id),
  MEMBER_UNIT_OFFICER: ({ context, root }) => isOfficerOfUnit(context, (root as { unitId?: string }).unitId),
  INPUT_UNIT_OFFICER: ({ context, args }) =>
    isOfficerOfUnit(context, (args.input as { unitId?: string })?.unitId),
});

/** For checks that need a record first: may this identity manage the unit's records? */
export function canManageUnit({ identity, cityCode }: AccessContext, unitId: string): boolean {
  return actsForUnit(identity, cityCode, unitId);
}
