import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { ArgumentRules, rule } from '../../../shared/src/input-rules';
import { PEOPLE_SEARCH } from '../../../shared/src/people-search';
import { NationalLeader } from '../entities/national-organisation.entity';
import { PeopleSearch } from '../entities/people-search.types';
import type { CooperationContext } from '../services/cooperation-context';

@Resolver(() => PeopleSearch)
export class PeopleSearchResolver {
  @Query(() => PeopleSearch, {
    description:
      'Everyone the graph names, found by name (accents and case ignored: "bich hop"): the national ' +
      'bodies’ leaders here, every city’s leaders (current and former) from the cities.',
  })
  @ArgumentRules({
    search: rule.text(PEOPLE_SEARCH.maxLength, { min: PEOPLE_SEARCH.minLength }),
    first: rule.range(1, PEOPLE_SEARCH.maxFirst),
  })
  people(
    @Arg('search', { description: '2 to 100 characters, with a letter or a digit.' }) search: string,
    @Arg('first', () => Int, {
      defaultValue: PEOPLE_SEARCH.defaultFirst,
      description: 'Most people listed from the national bodies, and from each city (1 to 100).',
    })
    first: number,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.nationalBodies.search(search, first);
  }

  @FieldResolver(() => [NationalLeader], { description: 'Leaders of the national bodies, by name.' })
  nationalLeaders(@Root() people: PeopleSearch, @Ctx() ctx: CooperationContext) {
    return ctx.nationalBodies.leadersNamed(people);
  }
}
