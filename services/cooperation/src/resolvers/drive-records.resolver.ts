import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { refusal } from '../../../shared/src/authorization';
import type { Identity } from '../../../shared/src/identity';
import { DriveParty } from '../entities/drive.entity';
import {
  ConsentMethod,
  Disbursement,
  Nomination,
  Pledge,
  ScholarshipAward,
} from '../entities/drive-money.entity';
import type { CooperationContext } from '../services/cooperation-context';

@ObjectType({ description: 'A nominated student as the organisers and the nominating unit see them.' })
class StudentRecord {
  @Field(() => String, { nullable: true, description: 'Null once erased.' }) fullName!: string | null;
  @Field(() => Int, { nullable: true }) birthYear!: number | null;
  @Field(() => String, { nullable: true }) schoolName!: string | null;
  @Field(() => String, { nullable: true }) gradeLabel!: string | null;
  @Field(() => String, { nullable: true }) circumstances!: string | null;
  @Field(() => String, { nullable: true }) achievements!: string | null;
  @Field(() => String, { nullable: true }) guardianName!: string | null;
  @Field(() => String, { nullable: true }) guardianConsentOn!: string | null;
  @Field(() => ConsentMethod, {
    nullable: true,
    description: 'How the guardian consented; null for nominations recorded before it was asked for.',
  })
  guardianConsentMethod!: ConsentMethod | null;
}

/** Students are minors: one audience for everything that names them or their family. */
const studentDataRefusal = (identity: Identity) =>
  refusal(
    identity,
    ['Sign in: students’ records are personal data'],
    ['Only the drive’s organisers and the nominating unit may see a student’s record'],
  );

@Resolver(() => Pledge)
export class PledgeResolver {
  @FieldResolver(() => DriveParty, { description: 'The co-sponsor that made the pledge.' })
  sponsor(@Root() pledge: Pledge, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.party(pledge.driveId, pledge.sponsorPartyId);
  }
}

@Resolver(() => Nomination)
export class NominationResolver {
  @FieldResolver(() => DriveParty, { description: 'The beneficiary unit that nominated the student.' })
  beneficiary(@Root() nomination: Nomination, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.party(nomination.driveId, nomination.beneficiaryPartyId);
  }

  @FieldResolver(() => StudentRecord, {
    nullable: true,
    description: 'Only for the organisers and the nominating unit.',
  })
  async student(@Root() nomination: Nomination, @Ctx() ctx: CooperationContext) {
    if (!(await ctx.driveQueries.maySeeStudent(nomination))) throw studentDataRefusal(ctx.identity);
    const {
      studentName: fullName,
      birthYear,
      schoolName,
      gradeLabel,
      circumstances,
      achievements,
      guardianName,
      guardianConsentOn,
      guardianConsentMethod,
    } = nomination;
    return {
      fullName,
      birthYear,
      schoolName,
      gradeLabel,
      circumstances,
      achievements,
      guardianName,
      guardianConsentOn,
      guardianConsentMethod,
    };
  }
}

@Resolver(() => ScholarshipAward)
export class ScholarshipAwardResolver {
  @FieldResolver(() => Nomination, {
    description:
      'The nomination it went to: initials and status for everyone, the student as Nomination.student says.',
  })
  nomination(@Root() award: ScholarshipAward, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.nomination(award.nominationId);
  }

  @FieldResolver(() => [Disbursement])
  disbursements(@Root() award: ScholarshipAward, @Ctx() ctx: CooperationContext) {
    return ctx.driveQueries.disbursements(award.id);
  }
}

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Who acknowledged receipt (the student or a guardian): like Nomination.student, only for the organisers and the nominating unit. Null once erased.',
  })
  async acknowledgedBy(@Root() disbursement: Disbursement, @Ctx() ctx: CooperationContext) {
    if (!(await ctx.driveQueries.maySeeRecipient(disbursement))) throw studentDataRefusal(ctx.identity);
    return disbursement.acknowledgedBy;
  }
}
