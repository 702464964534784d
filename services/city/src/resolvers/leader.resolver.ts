import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { LEADER_TITLES } from '../entities/enums';
import { Leader } from '../entities/leader.entity';
import { Organisation } from '../entities/organisation.entity';
import type { CityContext } from '../services/city-context';

@Resolver(() => Leader)
export class LeaderResolver {
  @FieldResolver(() => String, { description: 'The role as written in Vietnamese, e.g. "Phó Chủ tịch".' })
  title(@Root() leader: Leader) {
    return LEADER_TITLES[leader.role];
  }

  @FieldResolver(() => Boolean)
  isCurrent(@Root() leader: Leader, @Ctx() ctx: CityContext) {
    return ctx.organisations.isCurrent(leader);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() leader: Leader, @Ctx() ctx: CityContext) {
    return ctx.organisations.byId(leader.organisationId);
  }
}
