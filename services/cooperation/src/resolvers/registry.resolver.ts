import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CooperationAccess } from '../services/cooperation-access';
import { RegisterCityInput } from './cooperation-inputs';
import { MemberCity } from '../entities/member-city.entity';
import type { CooperationContext } from '../services/cooperation-context';

@Resolver(() => MemberCity)
export class RegistryResolver {
  @Query(() => [MemberCity], { description: 'Member cities in Vietnamese alphabetical order.' })
  cities(
    @Ctx() ctx: CooperationContext,
    @Arg('search', () => String, { nullable: true, description: 'Accents and case are ignored: "ha noi".' })
    search?: string,
  ) {
    return ctx.registry.list(search);
  }

  @Query(() => MemberCity, { nullable: true })
  city(@Arg('code') code: string, @Ctx() ctx: CooperationContext) {
    return ctx.registry.byCode(code);
  }

  @Authorized(CooperationAccess.HUB_ADMIN)
  @Mutation(() => MemberCity, { description: 'Adds a city to the registry (hub administrators).' })
  registerCity(
    @Arg('input', () => RegisterCityInput) input: RegisterCityInput,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.registry.register(input);
  }
}
