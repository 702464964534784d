import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { District } from '../entities/district.entity';
import { GrassrootsUnion, School } from '../entities/grassroots-union.entity';
import { Organisation } from '../entities/organisation.entity';
import { UnitMembership } from '../entities/yearly-records.entity';
import type { CityContext } from '../services/city-context';
import { CityRecordArgs } from './args';

@Resolver(() => GrassrootsUnion)
export class GrassrootsUnionResolver {
  @Query(() => GrassrootsUnion, { nullable: true, description: 'One grassroots union of one city.' })
  grassrootsUnion(@Args() { cityCode, id }: CityRecordArgs, @Ctx() ctx: CityContext) {
    ctx.assertOwnCity(cityCode);
    return ctx.grassrootsUnions.byId(id);
  }

  @FieldResolver(() => School)
  school(@Root() union: GrassrootsUnion, @Ctx() ctx: CityContext) {
    return ctx.grassrootsUnions.school(union);
  }

  @FieldResolver(() => District, { nullable: true })
  district(@Root() union: GrassrootsUnion, @Ctx() ctx: CityContext) {
    return union.districtId ? ctx.figures.districtById(union.districtId) : null;
  }

  @FieldResolver(() => [UnitMembership], { description: 'Members as reported for each school year.' })
  membershipHistory(@Root() union: GrassrootsUnion, @Ctx() ctx: CityContext) {
    return ctx.recordLoaders.membershipByUnitId.load(union.id);
  }

  @FieldResolver(() => Organisation, { description: 'The body that manages it directly.' })
  managedBy(@Root() union: GrassrootsUnion, @Ctx() ctx: CityContext) {
    return ctx.organisations.byId(union.managedById);
  }
}
