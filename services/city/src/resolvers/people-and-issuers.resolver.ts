import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardDecision } from '../entities/award-decision.entity';
import { Campaign } from '../entities/campaign.entity';
import { Leader } from '../entities/leader.entity';
import { NationalOrganisationRef } from '../entities/national-organisation.stub';
import { Organisation } from '../entities/organisation.entity';
import { PeopleSearch } from '../entities/people-search.type';
import type { CityContext } from '../services/city-context';

/** This city's leaders for the hub's people search; the gateway gathers every city's (DESIGN.md rule 3). */
@Resolver(() => PeopleSearch)
export class PeopleSearchContributionResolver {
  @FieldResolver(() => [Leader], {
    description: 'Leaders of every city’s organisations, current and former, by name; city by city.',
  })
  cityLeaders(@Root() people: PeopleSearch, @Ctx() ctx: CityContext) {
    return ctx.people.leaders(people);
  }
}

/** Award issuers as bodies of the graph rather than levels only. */
@Resolver(() => AwardDecision)
export class AwardIssuerResolver {
  @FieldResolver(() => NationalOrganisationRef, {
    nullable: true,
    description: 'The national body that issued it (Tổng LĐLĐ, Công đoàn Giáo dục Việt Nam), if national.',
  })
  issuingNationalOrganisation(@Root() award: AwardDecision, @Ctx() ctx: CityContext) {
    return ctx.awardIssuers.nationalIssuer(award);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The city’s body that issued it: its LĐLĐ, its education union, or the district federation ' +
      '(the decision’s scope). Null for national issuers and the government.',
  })
  issuingOrganisation(@Root() award: AwardDecision, @Ctx() ctx: CityContext) {
    return ctx.awardIssuers.issuingOrganisation(award);
  }
}

/** A city campaign's launcher as a body of the graph, not only its name (`launchedBy` stays). */
@Resolver(() => Campaign)
export class CampaignLauncherResolver {
  @FieldResolver(() => NationalOrganisationRef, {
    nullable: true,
    description: 'The national body that launched it (Tổng LĐLĐ, Công đoàn Giáo dục Việt Nam), if national.',
  })
  launchedByNationalOrganisation(@Root() campaign: Campaign) {
    return campaign.launcherCode ? { code: campaign.launcherCode } : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The city’s own body that launched it (e.g. its education union), if one of its own.',
  })
  launchedByOrganisation(@Root() campaign: Campaign, @Ctx() ctx: CityContext) {
    return campaign.launcherOrganisationId ? ctx.organisations.byId(campaign.launcherOrganisationId) : null;
  }
}
