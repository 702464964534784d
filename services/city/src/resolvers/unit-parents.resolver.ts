import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ArgumentRules, rule } from '../../../shared/src/input-rules';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Organisation } from '../entities/organisation.entity';
import { UnitParentPeriod } from '../entities/unit-parent-period.entity';
import { CityAccess } from '../services/city-access';
import type { CityContext } from '../services/city-context';
import { MoveUnitInput } from './unit-inputs';

/** The dated parent of a grassroots union: who managed it on a day, in a school year, over time. */
@Resolver(() => GrassrootsUnion)
export class UnitParentFieldsResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The body that managed it directly on that day (YYYY-MM-DD); null outside its records.',
  })
  @ArgumentRules({ date: rule.date() })
  parentOn(@Root() unit: GrassrootsUnion, @Arg('date') date: string, @Ctx() ctx: CityContext) {
    return ctx.unitParents.parentOn(unit, date);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The body that managed it directly in a school year ("2023-2024"): its parent on 31 May of the second year, the end of teaching (or on the unit’s last day if it ended before).',
  })
  @ArgumentRules({ schoolYear: rule.text(9) })
  parentIn(@Root() unit: GrassrootsUnion, @Arg('schoolYear') schoolYear: string, @Ctx() ctx: CityContext) {
    return ctx.unitParents.parentIn(unit, schoolYear);
  }

  @FieldResolver(() => [UnitParentPeriod], {
    description: 'Every body that managed it directly, oldest first; managedBy is the latest.',
  })
  parentHistory(@Root() unit: GrassrootsUnion, @Ctx() ctx: CityContext) {
    return ctx.unitParents.history(unit);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER)
  @Mutation(() => GrassrootsUnion, {
    description:
      'Moves a unit to a new parent from a day (e.g. to a commune union on 1 July 2025): its history keeps the old one. A stale version is a CONFLICT and nothing changes.',
  })
  moveGrassrootsUnion(
    @Arg('cityCode', { description: 'The city whose records change; only its officers may change them.' })
    cityCode: string,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: MoveUnitInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.unitParents.move(id, version, input);
  }
}

@Resolver(() => UnitParentPeriod)
export class UnitParentPeriodResolver {
  @FieldResolver(() => Organisation)
  parent(@Root() period: UnitParentPeriod, @Ctx() ctx: CityContext) {
    return ctx.unitParents.parent(period);
  }
}
