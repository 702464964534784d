import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardDecision } from '../entities/award-decision.entity';
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
