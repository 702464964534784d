import { nationalIssuerCode } from '../../../shared/src/national-bodies';
import type { AwardDecision } from '../entities/award-decision.entity';
import { OrganisationKind, UnitStatus } from '../entities/enums';
import type { NationalOrganisationRef } from '../entities/national-organisation.stub';
import type { Organisation } from '../entities/organisation.entity';
import { IssuerLevel } from '../entities/record-enums';
import type { CityLoaders } from '../loaders/city-loaders';

/** The city's own body behind each city-level issuer level (a district federation is the scope). */
const CITY_ISSUER_KINDS: Partial<Record<IssuerLevel, OrganisationKind>> = {
  [IssuerLevel.LDLD_THANH_PHO]: OrganisationKind.CITY_LABOUR_FEDERATION,
  [IssuerLevel.CITY_EDUCATION_UNION]: OrganisationKind.EDUCATION_UNION,
};

/** The day a decision speaks for: its date, else the end of its school year's teaching (31 May). */
const dayOf = (award: AwardDecision) => award.decisionDate ?? `${award.schoolYear.slice(5)}-05-31`;

const validOn = (organisation: Organisation, day: string) =>
  (organisation.validFrom === null || organisation.validFrom <= day) &&
  (organisation.validTo === null || organisation.validTo >= day);

/**
 * Which body issued an award decision, from its issuer level: a national body by code (the hub
 * resolves it), or one of the city's organisations. Every lookup goes through a loader, so a page of
 * decisions costs the same statements whatever its length.
 */
export class AwardIssuerService {
  constructor(private readonly loaders: CityLoaders) {}

  /** Tổng LĐLĐ or Công đoàn Giáo dục Việt Nam for the national levels; null for every other level. */
  nationalIssuer(award: AwardDecision): NationalOrganisationRef | null {
    const code = nationalIssuerCode(award.issuerLevel);
    return code ? { code } : null;
  }

  /**
   * The city's LĐLĐ or education union for those levels, the decision's scope for a district
   * federation, null for the national levels and the government. Of several bodies of the kind (a
   * city that absorbed another keeps the other's as history), the decision's scope when it is one of
   * them, else the one valid on the decision's day, the still active one first.
   */
  async issuingOrganisation(award: AwardDecision): Promise<Organisation | null> {
    const kind = CITY_ISSUER_KINDS[award.issuerLevel];
    const byScope = award.issuerLevel === IssuerLevel.DISTRICT_FEDERATION;
    if (!kind && !byScope) return null;
    const scope = award.scopeOrganisationId
      ? await this.loaders.organisationById.load(award.scopeOrganisationId)
      : null;
    if (byScope || !kind) return scope;
    if (scope?.kind === kind) return scope;
    const day = dayOf(award);
    const candidates = (await this.loaders.organisationsByKind.load(kind)).filter((o) => validOn(o, day));
    return candidates.find((o) => o.status === UnitStatus.ACTIVE) ?? candidates[0] ?? null;
  }
}
