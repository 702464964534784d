import { AccessRequest, commonRules, createAuthChecker } from '../../../shared/src/authorization';
import { actsForUnit, Identity, UnitRef } from '../../../shared/src/identity';

type Request = AccessRequest<{ identity: Identity }>;

/** Officers of either unit's city, or of either unit, may act on a partnership between two units. */
export function isPartyToUnits(identity: Identity, units: (UnitRef | undefined)[]): boolean {
  return units.some((unit) => unit && actsForUnit(identity, unit.cityCode, unit.id));
}

/** Names for `@Authorized(...)` in the cooperation subgraph. */
export const CooperationAccess = {
  SIGNED_IN: 'SIGNED_IN',
  HUB_ADMIN: 'HUB_ADMIN',
  /** An officer of a unit named in `input.unitA` / `input.unitB`, or of its city. */
  PARTNERSHIP_PARTY: 'PARTNERSHIP_PARTY',
} as const;

export const cooperationAuthChecker = createAuthChecker<{ identity: Identity }>({
  SIGNED_IN: commonRules.SIGNED_IN,
  HUB_ADMIN: commonRules.HUB_ADMIN,
  PARTNERSHIP_PARTY: ({ context, args }: Request) => {
    const input = args.input as { unitA?: UnitRef; unitB?: UnitRef } | undefined;
    return isPartyToUnits(context.identity, [input?.unitA, input?.unitB]);
  },
});
