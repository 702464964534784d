import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { CooperationAccess } from '../services/cooperation-access';
import { RecordPartnershipInput } from './cooperation-inputs';
import { IsOptional } from 'class-validator';
import { connectionTypes, PageArgs } from '../../../shared/src/pagination';
import { GrassrootsUnionRef } from '../entities/grassroots-union.stub';
import { SchoolPartnership } from '../entities/school-partnership.entity';
import type { CooperationContext } from '../services/cooperation-context';

const { ConnectionType: SchoolPartnershipConnection } = connectionTypes(
  SchoolPartnership,
  'SchoolPartnership',
);

@ArgsType()
class PartnershipListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only partnerships with a unit in this city.' })
  @IsOptional()
  cityCode?: string | null;
}

@Resolver(() => SchoolPartnership)
export class PartnershipResolver {
  @Query(() => SchoolPartnershipConnection)
  schoolPartnerships(@Args() args: PartnershipListArgs, @Ctx() ctx: CooperationContext) {
    return ctx.partnerships.list(args.cityCode, args);
  }

  @Query(() => SchoolPartnership, { nullable: true })
  schoolPartnership(@Arg('id', () => ID) id: string, @Ctx() ctx: CooperationContext) {
    return ctx.partnerships.byId(id);
  }

  @FieldResolver(() => GrassrootsUnionRef, { nullable: true, description: 'Resolved by its own city.' })
  unitA(@Root() partnership: SchoolPartnership, @Ctx() ctx: CooperationContext) {
    return ctx.partnerships.unitA(partnership);
  }

  @FieldResolver(() => GrassrootsUnionRef, { nullable: true, description: 'Resolved by its own city.' })
  unitB(@Root() partnership: SchoolPartnership, @Ctx() ctx: CooperationContext) {
    return ctx.partnerships.unitB(partnership);
  }

  @FieldResolver(() => Boolean)
  isCrossCity(@Root() partnership: SchoolPartnership) {
    return partnership.unitACity !== partnership.unitBCity;
  }

  @Authorized(CooperationAccess.PARTNERSHIP_PARTY)
  @Mutation(() => SchoolPartnership, {
    description: 'Records a twinning between two units (officers of either unit or of its city).',
  })
  recordSchoolPartnership(
    @Arg('input', () => RecordPartnershipInput) input: RecordPartnershipInput,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.partnerships.record(input);
  }
}
