import { Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MISSING_CITIES } from '../entities/comparison.types';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import type { CooperationContext } from '../services/cooperation-context';

@Resolver(() => SchoolLevelEntry)
export class SchoolLevelResolver {
  @Query(() => [SchoolLevelEntry], { description: 'School levels, youngest learners first.' })
  schoolLevels(@Ctx() ctx: CooperationContext) {
    return ctx.schoolLevels();
  }

  @Directive('@requires(fields: "cityFigures { cityCode }")')
  @FieldResolver(() => Boolean, {
    description: 'True when `cityFigures` has every registered city’s figures; false: totals are partial.',
  })
  async complete(@Root() level: SchoolLevelEntry, @Ctx() ctx: CooperationContext) {
    return (await ctx.comparisons.coverage(level.cityFigures)).complete;
  }

  @Directive('@requires(fields: "cityFigures { cityCode }")')
  @FieldResolver(() => [String], { description: MISSING_CITIES })
  async missingCities(@Root() level: SchoolLevelEntry, @Ctx() ctx: CooperationContext) {
    return (await ctx.comparisons.coverage(level.cityFigures)).missingCities;
  }
}
