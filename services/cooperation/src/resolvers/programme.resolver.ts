import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ArgumentRules, rule } from '../../../shared/src/input-rules';
import { CatalogCampaign } from '../entities/catalog.entity';
import { LeaderRef } from '../entities/city-refs.stub';
import { ScholarshipDrive } from '../entities/drive.entity';
import { GrassrootsUnionRef } from '../entities/grassroots-union.stub';
import { MemberCity } from '../entities/member-city.entity';
import { OrganisationRef } from '../entities/party-refs.stub';
import {
  DelegationMember,
  ExchangeProgramme,
  FollowUpAction,
  FollowUpStatus,
  PartnershipActivity,
  ProgrammeStatus,
} from '../entities/programme.entity';
import { UnitRefInput } from './cooperation-inputs';
import { SchoolPartnership } from '../entities/school-partnership.entity';
import { CooperationAccess } from '../services/cooperation-access';
import type { CooperationContext } from '../services/cooperation-context';
import { ActivityInput, DelegationMemberInput, FollowUpInput, ProgrammeInput } from './programme-inputs';

const today = () => new Date().toISOString().slice(0, 10);

@ObjectType()
class Delegation {
  @Field() cityCode!: string;
  @Field(() => Int) size!: number;
  @Field(() => [DelegationMember]) members!: DelegationMember[];
}

@Resolver(() => ExchangeProgramme)
export class ProgrammeResolver {
  @Query(() => [ExchangeProgramme], {
    description: 'Programmes a city hosted or joined (all cities if none), by year: the timeline.',
  })
  exchangeProgrammes(
    @Ctx() ctx: CooperationContext,
    @Arg('cityCode', () => String, { nullable: true }) cityCode?: string,
    @Arg('year', () => Int, { nullable: true }) year?: number,
  ) {
    return ctx.programmeQueries.list(cityCode, year);
  }

  @Query(() => ExchangeProgramme, { nullable: true })
  exchangeProgramme(@Arg('id', () => ID) id: string, @Ctx() ctx: CooperationContext) {
    return ctx.programmeQueries.byId(id);
  }

  @Query(() => [FollowUpAction], { description: 'Open follow-up actions past their due date.' })
  overdueFollowUps(
    @Ctx() ctx: CooperationContext,
    @Arg('cityCode', () => String, { nullable: true }) cityCode?: string,
  ) {
    return ctx.programmeQueries.overdue(today(), cityCode);
  }

  @FieldResolver(() => MemberCity, { nullable: true })
  host(@Root() programme: ExchangeProgramme, @Ctx() ctx: CooperationContext) {
    return ctx.registry.byCode(programme.hostCity);
  }

  @FieldResolver(() => [Delegation], { description: 'Each city’s delegation: its size and members.' })
  delegations(@Root() programme: ExchangeProgramme, @Ctx() ctx: CooperationContext) {
    return ctx.programmeQueries.delegations(programme);
  }

  @FieldResolver(() => [DelegationMember], {
    description: 'Every delegation’s members, city by city, co-chairs first.',
  })
  delegationMembers(@Root() programme: ExchangeProgramme, @Ctx() ctx: CooperationContext) {
    return ctx.programmeQueries.members(programme.id);
  }

  @FieldResolver(() => [CatalogCampaign], { description: 'Agenda topics: campaigns of the catalog.' })
  agenda(@Root() programme: ExchangeProgramme, @Ctx() ctx: CooperationContext) {
    return ctx.programmeQueries.agenda(programme);
  }

  @FieldResolver(() => [GrassrootsUnionRef], {
    nullable: 'items',
    description:
      'Units visited, each resolved by its own city (null, with an error, for a city that is down).',
  })
  visitedUnits(@Root() programme: ExchangeProgramme, @Ctx() ctx: CooperationContext) {
    return ctx.programmeQueries.visitedUnits(programme.id);
  }

  @FieldResolver(() => [ScholarshipDrive], { description: 'Scholarship drives linked to the programme.' })
  scholarshipDrives(@Root() programme: ExchangeProgramme, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.ofProgramme(programme.id);
  }

  @FieldResolver(() => [FollowUpAction])
  followUps(@Root() programme: ExchangeProgramme, @Ctx() ctx: CooperationContext) {
    return ctx.programmeQueries.followUps(programme.id);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => ExchangeProgramme, { description: 'Plans a programme (officers of a participating city).' })
  createExchangeProgramme(@Arg('input') input: ProgrammeInput, @Ctx() ctx: CooperationContext) {
    return ctx.programmes.create(input);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => DelegationMember, {
    description: 'Adds a member to a city’s delegation (that city’s officers).',
  })
  addDelegationMember(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: DelegationMemberInput,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.programmes.addMember(programmeId, input);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => ExchangeProgramme, { description: 'Records status, outcomes and follow-up actions.' })
  // Outcomes are kept as one JSON text column (64 kB on MySQL): 20 × 500 characters fit.
  @ArgumentRules({
    outcomes: rule.list(20, rule.text(500)),
    followUps: rule.list(20),
    visitedUnits: rule.list(50),
  })
  recordExchangeProgramme(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('status', () => ProgrammeStatus) status: ProgrammeStatus,
    @Ctx() ctx: CooperationContext,
    @Arg('outcomes', () => [String], { nullable: true }) outcomes?: string[],
    @Arg('followUps', () => [FollowUpInput], { nullable: true }) followUps?: FollowUpInput[],
    @Arg('visitedUnits', () => [UnitRefInput], { nullable: true }) visitedUnits?: UnitRefInput[],
  ) {
    return ctx.programmes.record(programmeId, status, outcomes, followUps ?? [], visitedUnits ?? []);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => FollowUpAction, {
    description: 'Marks a follow-up DONE or DROPPED (officers of its owner’s city).',
  })
  setFollowUpStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => FollowUpStatus) status: FollowUpStatus,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.programmes.setFollowUpStatus(id, status);
  }
}

@Resolver(() => DelegationMember)
export class DelegationMemberResolver {
  @FieldResolver(() => LeaderRef, {
    nullable: true,
    description: 'The leader in the city’s records, resolved there.',
  })
  leader(@Root() member: DelegationMember) {
    return member.leaderId ? { cityCode: member.cityCode, id: member.leaderId } : null;
  }
}

@Resolver(() => FollowUpAction)
export class FollowUpResolver {
  @FieldResolver(() => OrganisationRef, { nullable: true })
  ownerOrganisation(@Root() action: FollowUpAction) {
    return action.ownerOrganisationId ? { cityCode: action.ownerCity, id: action.ownerOrganisationId } : null;
  }

  @FieldResolver(() => GrassrootsUnionRef, { nullable: true })
  ownerUnit(@Root() action: FollowUpAction) {
    return action.ownerUnitId ? { cityCode: action.ownerCity, id: action.ownerUnitId } : null;
  }

  @FieldResolver(() => Boolean)
  isOverdue(@Root() action: FollowUpAction) {
    return action.status === 'OPEN' && action.dueOn < today();
  }
}

@Resolver(() => SchoolPartnership)
export class PartnershipActivityResolver {
  @Query(() => [SchoolPartnership], {
    description: 'A unit’s partners (in either position) and their activity.',
  })
  unitPartnerships(
    @Arg('cityCode') cityCode: string,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.partnerships.ofUnit(cityCode, unitId);
  }

  @FieldResolver(() => [PartnershipActivity], { description: 'The log of joint activities.' })
  activities(@Root() partnership: SchoolPartnership, @Ctx() ctx: CooperationContext) {
    return ctx.partnerships.activities(partnership.id);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => PartnershipActivity, {
    description: 'Logs a joint activity (officers of a partner unit or its city).',
  })
  recordPartnershipActivity(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('input') input: ActivityInput,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.partnerships.recordActivity(ctx.identity, partnershipId, input);
  }
}
