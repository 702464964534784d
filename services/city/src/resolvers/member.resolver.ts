import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionTypes, PageArgs } from '../../../shared/src/pagination';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Member } from '../entities/member.entity';
import { CityAccess } from '../services/city-access';
import type { CityContext } from '../services/city-context';
import { CityRecordArgs } from './args';
import { MemberContactInput, RecordMemberInput } from './member-inputs';

const { ConnectionType: MemberConnection } = connectionTypes(Member, 'Member');

@Resolver(() => Member)
export class MemberResolver {
  @Query(() => Member, { nullable: true })
  member(@Args() { cityCode, id }: CityRecordArgs, @Ctx() ctx: CityContext) {
    ctx.assertOwnCity(cityCode);
    return ctx.members.byId(id);
  }

  @FieldResolver(() => GrassrootsUnion)
  unit(@Root() member: Member, @Ctx() ctx: CityContext) {
    return ctx.grassrootsUnions.byId(member.unitId);
  }

  @Authorized(CityAccess.OWN_CITY_OFFICER, CityAccess.INPUT_UNIT_OFFICER)
  @Mutation(() => Member, {
    description: 'Adds a member to a grassroots union (officers of the city or unit).',
  })
  recordMember(
    @Arg('cityCode') cityCode: string,
    @Arg('input', () => RecordMemberInput) input: RecordMemberInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.members.record(input);
  }

  @Authorized(CityAccess.SIGNED_IN)
  @Mutation(() => Member, {
    description: 'Changes a member’s phone or address (officers of the city or unit).',
  })
  updateMemberContact(
    @Arg('cityCode') cityCode: string,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MemberContactInput) input: MemberContactInput,
    @Ctx() ctx: CityContext,
  ) {
    ctx.assertOwnCity(cityCode);
    return ctx.members.updateContact(id, input);
  }
}

@Resolver(() => GrassrootsUnion)
export class UnitMembersResolver {
  @FieldResolver(() => MemberConnection, {
    description: 'Its members; names and contacts only for officers of this city or unit.',
  })
  members(@Root() unit: GrassrootsUnion, @Args() page: PageArgs, @Ctx() ctx: CityContext) {
    return ctx.members.list(unit.id, page);
  }
}
