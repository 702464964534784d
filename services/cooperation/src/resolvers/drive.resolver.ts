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
import { SafeIntResolver } from 'graphql-scalars';
import { DriveParty, DriveStatus, PartyRole, ScholarshipDrive } from '../entities/drive.entity';
import { Nomination, Pledge, ScholarshipAward } from '../entities/drive-money.entity';
import { GrassrootsUnionRef } from '../entities/grassroots-union.stub';
import { OrganisationRef } from '../entities/party-refs.stub';
import { CooperationAccess } from '../services/cooperation-access';
import type { CooperationContext } from '../services/cooperation-context';
import { DriveInput } from './drive-inputs';

/** Money in whole VND; SafeInt, since a drive's totals can pass GraphQL Int's 2^31. */
@ObjectType()
class DriveTotals {
  @Field(() => SafeIntResolver, { description: 'scholarships × amountEach.' }) target!: number;
  @Field(() => SafeIntResolver) pledged!: number;
  @Field(() => SafeIntResolver) received!: number;
  @Field(() => SafeIntResolver) awarded!: number;
  @Field(() => SafeIntResolver) disbursed!: number;
  @Field(() => SafeIntResolver) remainingToRaise!: number;
  @Field(() => SafeIntResolver) remainingToDisburse!: number;
  @Field(() => Int) scholarshipsAwarded!: number;
}

@ObjectType()
class SponsorProgress {
  @Field(() => DriveParty) party!: DriveParty;
  @Field(() => SafeIntResolver) pledged!: number;
  @Field(() => SafeIntResolver) received!: number;
}

@ObjectType()
class BeneficiaryProgress {
  @Field(() => DriveParty) party!: DriveParty;
  @Field(() => Int) nominations!: number;
  @Field(() => Int) scholarships!: number;
  @Field(() => SafeIntResolver) awarded!: number;
  @Field(() => SafeIntResolver) disbursed!: number;
}

@Resolver(() => ScholarshipDrive)
export class DriveResolver {
  @Query(() => [ScholarshipDrive], { description: 'Scholarship drives, newest first.' })
  scholarshipDrives(@Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.list();
  }

  @Query(() => ScholarshipDrive, { nullable: true })
  scholarshipDrive(@Arg('id', () => ID) id: string, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.byId(id);
  }

  @FieldResolver(() => [DriveParty])
  parties(
    @Root() drive: ScholarshipDrive,
    @Ctx() ctx: CooperationContext,
    @Arg('role', () => PartyRole, { nullable: true }) role?: PartyRole,
  ) {
    return ctx.driveQueries.parties(drive.id, role);
  }

  @FieldResolver(() => DriveTotals, {
    description: 'Public: pledged, received, awarded, disbursed, remaining.',
  })
  totals(@Root() drive: ScholarshipDrive, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.totals(drive);
  }

  @FieldResolver(() => [SponsorProgress], { description: 'Pledged and received, sponsor by sponsor.' })
  sponsorProgress(@Root() drive: ScholarshipDrive, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.sponsorProgress(drive.id);
  }

  @FieldResolver(() => [BeneficiaryProgress], { description: 'Nominated, awarded and paid, unit by unit.' })
  beneficiaryProgress(@Root() drive: ScholarshipDrive, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.beneficiaryProgress(drive.id);
  }

  @FieldResolver(() => [Pledge])
  pledges(@Root() drive: ScholarshipDrive, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.pledges(drive.id);
  }

  @FieldResolver(() => [Nomination], {
    description: 'Everyone sees initials and status; see Nomination.student.',
  })
  nominations(@Root() drive: ScholarshipDrive, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.nominations(drive.id);
  }

  @FieldResolver(() => [ScholarshipAward], { description: 'The scholarships awarded so far.' })
  awardedScholarships(@Root() drive: ScholarshipDrive, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.awards(drive.id);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => ScholarshipDrive, {
    description: 'Creates a draft drive; the caller must act for an organiser.',
  })
  createScholarshipDrive(@Arg('input') input: DriveInput, @Ctx() ctx: CooperationContext) {
    return ctx.drives.create(input);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => ScholarshipDrive, {
    description: 'draft → OPEN → SELECTING → AWARDED → CLOSED, or CANCELLED before awarded.',
  })
  changeDriveStatus(
    @Arg('driveId', () => ID) driveId: string,
    @Arg('status', () => DriveStatus) status: DriveStatus,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.drives.transition(driveId, status);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => ScholarshipDrive, {
    description: 'Erases students’ personal data of a closed drive; totals stay.',
  })
  eraseDriveStudentData(@Arg('driveId', () => ID) driveId: string, @Ctx() ctx: CooperationContext) {
    return ctx.drives.eraseStudentData(driveId, new Date().toISOString().slice(0, 10));
  }
}

@Resolver(() => DriveParty)
export class DrivePartyResolver {
  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'A city education union, from its city.',
  })
  organisation(@Root() party: DriveParty) {
    return party.organisationId ? { cityCode: party.cityCode, id: party.organisationId } : null;
  }

  @FieldResolver(() => GrassrootsUnionRef, {
    nullable: true,
    description: 'A grassroots union, from its city.',
  })
  unit(@Root() party: DriveParty) {
    return party.unitId ? { cityCode: party.cityCode, id: party.unitId } : null;
  }
}
