import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { District } from '../entities/district.entity';
import { LeaderRole } from '../entities/enums';
import { Leader } from '../entities/leader.entity';
import { Organisation } from '../entities/organisation.entity';
import type { CityContext } from '../services/city-context';
import { CityRecordArgs, GrassrootsUnionConnection, GrassrootsUnionListArgs } from './args';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'One organisation of one city.' })
  organisation(@Args() { cityCode, id }: CityRecordArgs, @Ctx() ctx: CityContext) {
    ctx.assertOwnCity(cityCode);
    return ctx.organisations.byId(id);
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() organisation: Organisation, @Ctx() ctx: CityContext) {
    return organisation.districtId ? ctx.figures.districtById(organisation.districtId) : null;
  }

  @FieldResolver(() => [Leader], { description: 'Leadership terms: highest role first, then oldest first.' })
  leaders(
    @Root() organisation: Organisation,
    @Ctx() ctx: CityContext,
    @Arg('current', () => Boolean, { nullable: true, description: 'Only terms still running.' })
    current?: boolean,
  ) {
    return ctx.organisations.leaders(organisation.id, current);
  }

  @FieldResolver(() => Leader, { nullable: true, description: 'The chair (chủ tịch) in office today.' })
  async chair(@Root() organisation: Organisation, @Ctx() ctx: CityContext) {
    return (await ctx.organisations.currentHolders(organisation.id, LeaderRole.CHAIR))[0] ?? null;
  }

  @FieldResolver(() => [Leader], { description: 'Vice chairs (phó chủ tịch) in office today.' })
  viceChairs(@Root() organisation: Organisation, @Ctx() ctx: CityContext) {
    return ctx.organisations.currentHolders(organisation.id, LeaderRole.VICE_CHAIR);
  }

  @FieldResolver(() => Int, {
    description:
      'Active grassroots unions this organisation manages directly (one that has ended: those it managed on its last day).',
  })
  async grassrootsUnionCount(@Root() organisation: Organisation, @Ctx() ctx: CityContext) {
    return (await ctx.organisations.totals(organisation)).grassrootsUnions;
  }

  @FieldResolver(() => Int, {
    description: 'Members of the grassroots unions counted by grassrootsUnionCount (today’s rolls).',
  })
  async memberCount(@Root() organisation: Organisation, @Ctx() ctx: CityContext) {
    return (await ctx.organisations.totals(organisation)).members;
  }

  @FieldResolver(() => GrassrootsUnionConnection, {
    description:
      'Grassroots unions it manages directly (one that has ended: those it managed on its last day).',
  })
  grassrootsUnions(
    @Root() organisation: Organisation,
    @Args() args: GrassrootsUnionListArgs,
    @Ctx() ctx: CityContext,
  ) {
    return ctx.grassrootsUnions.managedBy(organisation.id, ctx.organisations.lastDay(organisation), args);
  }
}
