import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CityLevelFigure, SchoolLevelEntry } from '../entities/city.type';
import type { CityContext } from '../services/city-context';

@Resolver(() => SchoolLevelEntry)
export class SchoolLevelResolver {
  // Always this city's one entry, zeros included: the hub's `SchoolLevel.missingCities` reads its absence
  // as "this city did not answer" (see comparison-contributions.resolver.ts).
  @FieldResolver(() => [CityLevelFigure], {
    description: 'Each city’s active unions and members at this level; the gateway gathers every city’s.',
  })
  async cityFigures(@Root() level: SchoolLevelEntry, @Ctx() ctx: CityContext) {
    return [await ctx.figures.levelFigures(level.code)];
  }
}
