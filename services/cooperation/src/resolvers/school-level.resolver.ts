import { Ctx, Query, Resolver } from 'type-graphql';
import { SchoolLevelEntry } from '../entities/school-level.entity';
import type { CooperationContext } from '../services/cooperation-context';

@Resolver(() => SchoolLevelEntry)
export class SchoolLevelResolver {
  @Query(() => [SchoolLevelEntry], { description: 'School levels, youngest learners first.' })
  schoolLevels(@Ctx() ctx: CooperationContext) {
    return ctx.schoolLevels();
  }
}
