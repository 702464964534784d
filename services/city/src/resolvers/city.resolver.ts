import { Args, Ctx, FieldResolver, Int, Resolver } from 'type-graphql';
import { City } from '../entities/city.type';
import { District } from '../entities/district.entity';
import { OrganisationKind } from '../entities/enums';
import { Organisation } from '../entities/organisation.entity';
import type { CityContext } from '../services/city-context';
import { GrassrootsUnionConnection, GrassrootsUnionListArgs, OrganisationListArgs } from './args';

@Resolver(() => City)
export class CityResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The city’s công đoàn ngành giáo dục.' })
  educationUnion(@Ctx() ctx: CityContext) {
    return ctx.organisations.educationUnion();
  }

  @FieldResolver(() => [Organisation], { nullable: true })
  organisations(@Args() args: OrganisationListArgs, @Ctx() ctx: CityContext) {
    return ctx.organisations.list(args.kind, args.status);
  }

  @FieldResolver(() => [Organisation], {
    nullable: true,
    description: 'District labour federations (LĐLĐ quận, huyện) that managed school unions, in any status.',
  })
  districtFederations(@Ctx() ctx: CityContext) {
    return ctx.organisations.list(OrganisationKind.DISTRICT_LABOUR_FEDERATION);
  }

  @FieldResolver(() => [District], { nullable: true })
  districts(@Ctx() ctx: CityContext) {
    return ctx.figures.districts();
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Members of all active grassroots unions.' })
  async memberCount(@Ctx() ctx: CityContext) {
    return (await ctx.figures.totals()).members;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Active grassroots unions.' })
  async grassrootsUnionCount(@Ctx() ctx: CityContext) {
    return (await ctx.figures.totals()).grassrootsUnions;
  }

  @FieldResolver(() => GrassrootsUnionConnection, { nullable: true })
  grassrootsUnions(@Args() args: GrassrootsUnionListArgs, @Ctx() ctx: CityContext) {
    return ctx.grassrootsUnions.list(args, args);
  }
}
