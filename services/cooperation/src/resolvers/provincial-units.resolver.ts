import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArgumentRules, rule } from '../../../shared/src/input-rules';
import { MemberCity } from '../entities/member-city.entity';
import { PredecessorProvince, ProvincialUnit } from '../entities/provincial-unit.entity';
import type { CooperationContext } from '../services/cooperation-context';

@Resolver(() => ProvincialUnit)
export class ProvincialUnitResolver {
  @Query(() => [ProvincialUnit], {
    description:
      "Vietnam's 34 provincial-level units since 1 July 2025, in Vietnamese alphabetical order, with or without a deployment.",
  })
  @ArgumentRules({ search: rule.text(100) })
  provincialUnits(
    @Ctx() ctx: CooperationContext,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Accents and case are ignored; also finds a unit by a province it absorbed: "hai duong".',
    })
    search?: string | null,
    @Arg('deployed', () => Boolean, {
      nullable: true,
      description: 'true: only units with a deployment (a registered City); false: only those without.',
    })
    deployed?: boolean | null,
  ) {
    return ctx.provincialUnits.list(search, deployed);
  }

  @Query(() => ProvincialUnit, { nullable: true, description: 'Null for a code that is not one of the 34.' })
  provincialUnit(@Arg('code') code: string, @Ctx() ctx: CooperationContext) {
    return ctx.provincialUnits.byCode(code);
  }

  @FieldResolver(() => [PredecessorProvince], {
    description: 'The provinces before 1 July 2025 it is made of: the one it continues first.',
  })
  predecessors(@Root() unit: ProvincialUnit, @Ctx() ctx: CooperationContext) {
    return ctx.provincialUnits.predecessorsOf(unit);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it has a deployment (is a registered City).' })
  deployed(@Root() unit: ProvincialUnit, @Ctx() ctx: CooperationContext) {
    return ctx.provincialUnits.isDeployed(unit);
  }

  @FieldResolver(() => MemberCity, {
    nullable: true,
    description: 'Its deployment in the registry; null while it has none (and then no city is asked).',
  })
  city(@Root() unit: ProvincialUnit, @Ctx() ctx: CooperationContext) {
    return ctx.provincialUnits.cityOf(unit);
  }
}

@Resolver(() => PredecessorProvince)
export class PredecessorProvinceResolver {
  @Query(() => PredecessorProvince, {
    nullable: true,
    description: 'A province before 1 July 2025 by its code (HD: Hải Dương); null for an unknown code.',
  })
  predecessorProvince(@Arg('code') code: string, @Ctx() ctx: CooperationContext) {
    return ctx.provincialUnits.predecessorByCode(code);
  }

  @FieldResolver(() => ProvincialUnit, { description: 'The unit it is part of since 1 July 2025.' })
  successor(@Root() predecessor: PredecessorProvince, @Ctx() ctx: CooperationContext) {
    return ctx.provincialUnits.successorOf(predecessor);
  }
}

/** The registry's City, placed on the 2025 map. */
@Resolver(() => MemberCity)
export class CityProvincialUnitResolver {
  @FieldResolver(() => ProvincialUnit, {
    nullable: true,
    description: 'Its provincial-level unit; null for a registered code that is not one of the 34.',
  })
  provincialUnit(@Root() city: MemberCity, @Ctx() ctx: CooperationContext) {
    return ctx.provincialUnits.unitOfCity(city);
  }
}
