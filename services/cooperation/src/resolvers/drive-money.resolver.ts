import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  Disbursement,
  DisbursementMethod,
  Nomination,
  Pledge,
  ScholarshipAward,
} from '../entities/drive-money.entity';
import { ArgumentRules, rule } from '../../../shared/src/input-rules';
import { CooperationAccess } from '../services/cooperation-access';
import type { CooperationContext } from '../services/cooperation-context';
import { StudentInput } from './drive-inputs';

// Idempotency keys fit their varchar(100) columns; money is whole VND above zero.
const KEY = rule.text(100);
const AMOUNT = rule.range(1);

/** Money and students of a drive: who may do each step is checked in DriveMoneyService. */
@Resolver()
export class DriveMoneyResolver {
  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => Pledge, {
    description: 'A co-sponsor pledges; a retry with the same idempotencyKey returns the first pledge.',
  })
  @ArgumentRules({ amount: AMOUNT, pledgedOn: rule.date(), note: rule.note(2000), idempotencyKey: KEY })
  pledgeToDrive(
    @Arg('driveId', () => ID) driveId: string,
    @Arg('sponsorPartyId', () => ID) sponsorPartyId: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('pledgedOn') pledgedOn: string,
    @Ctx() ctx: CooperationContext,
    @Arg('note', () => String, { nullable: true }) note?: string,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string,
  ) {
    return ctx.driveMoney.pledge(driveId, sponsorPartyId, amount, pledgedOn, note ?? null, idempotencyKey);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => Pledge)
  @ArgumentRules({ amount: AMOUNT, receivedOn: rule.date(), idempotencyKey: KEY })
  receivePledge(
    @Arg('pledgeId', () => ID) pledgeId: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('receivedOn') receivedOn: string,
    @Ctx() ctx: CooperationContext,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string,
  ) {
    return ctx.driveMoney.receive(pledgeId, amount, receivedOn, idempotencyKey);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => Pledge, {
    description: 'Only before the drive is awarded, and only if nothing was received.',
  })
  withdrawPledge(@Arg('pledgeId', () => ID) pledgeId: string, @Ctx() ctx: CooperationContext) {
    return ctx.driveMoney.withdraw(pledgeId);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => Nomination)
  nominateStudent(
    @Arg('driveId', () => ID) driveId: string,
    @Arg('beneficiaryPartyId', () => ID) beneficiaryPartyId: string,
    @Arg('student') student: StudentInput,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.driveSelection.nominate(driveId, beneficiaryPartyId, student);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => Nomination)
  decideNomination(
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('approve') approve: boolean,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.driveSelection.decide(nominationId, approve);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => ScholarshipAward)
  @ArgumentRules({ awardedOn: rule.date() })
  awardScholarship(
    @Arg('nominationId', () => ID) nominationId: string,
    @Arg('awardedOn') awardedOn: string,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.driveSelection.award(nominationId, awardedOn);
  }

  @Authorized(CooperationAccess.SIGNED_IN)
  @Mutation(() => Disbursement, {
    description: 'A retry with the same idempotencyKey returns the first disbursement.',
  })
  @ArgumentRules({ amount: AMOUNT, paidOn: rule.date(), acknowledgedBy: rule.text(120), idempotencyKey: KEY })
  disburseScholarship(
    @Arg('awardId', () => ID) awardId: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('paidOn') paidOn: string,
    @Arg('method', () => DisbursementMethod) method: DisbursementMethod,
    @Ctx() ctx: CooperationContext,
    @Arg('acknowledgedBy', () => String, { nullable: true }) acknowledgedBy?: string,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey?: string,
  ) {
    return ctx.driveSelection.disburse(
      awardId,
      amount,
      paidOn,
      method,
      acknowledgedBy ?? null,
      idempotencyKey,
    );
  }
}
