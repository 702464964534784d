import { Arg, Args, Ctx, FieldResolver, Resolver } from 'type-graphql';
import { Campaign } from '../entities/campaign.entity';
import { City } from '../entities/city.type';
import { CoordinationAgreement } from '../entities/coordination-agreement.entity';
import { AgreementKind } from '../entities/record-enums';
import { CityStats, DistrictFigures } from '../entities/stats.types';
import { Training } from '../entities/training.entity';
import { AnnualPlan } from '../entities/yearly-records.entity';
import type { CityContext } from '../services/city-context';
import {
  AwardDecisionArgs,
  AwardDecisionConnection,
  CampaignResultArgs,
  CampaignResultConnection,
  InitiativeArgs,
  InitiativeConnection,
} from './records-args';
import { Boundaries } from '../../../shared/src/boundaries';

export const BOUNDARIES_ARGUMENT = {
  defaultValue: Boundaries.AS_REPORTED,
  description: 'AS_REPORTED leaves out what a merged predecessor brought (merge-city); TODAY counts it.',
};

const nullable = { nullable: true };

/** The union records a city contributes to `City` (nullable: one city's outage nulls only its own). */
@Resolver(() => City)
export class CityRecordsResolver {
  @FieldResolver(() => [Campaign], { nullable: true, description: 'Campaigns and movements this city runs.' })
  campaigns(@Ctx() ctx: CityContext) {
    return ctx.records.campaigns();
  }

  @FieldResolver(() => CampaignResultConnection, nullable)
  campaignResults(@Args() args: CampaignResultArgs, @Ctx() ctx: CityContext) {
    return ctx.records.campaignResults(args, args);
  }

  @FieldResolver(() => InitiativeConnection, nullable)
  initiatives(@Args() args: InitiativeArgs, @Ctx() ctx: CityContext) {
    return ctx.records.initiatives(args, args);
  }

  @FieldResolver(() => AwardDecisionConnection, nullable)
  awardDecisions(@Args() args: AwardDecisionArgs, @Ctx() ctx: CityContext) {
    return ctx.records.awardDecisions(args, args);
  }

  @FieldResolver(() => [Training], nullable)
  trainings(@Ctx() ctx: CityContext, @Arg('schoolYear', () => String, nullable) schoolYear?: string) {
    return ctx.records.trainings(schoolYear);
  }

  @FieldResolver(() => [CoordinationAgreement], nullable)
  coordinationAgreements(
    @Ctx() ctx: CityContext,
    @Arg('kind', () => AgreementKind, nullable) kind?: AgreementKind,
  ) {
    return ctx.records.agreements(kind);
  }

  @FieldResolver(() => AnnualPlan, nullable)
  annualPlan(@Arg('schoolYear') schoolYear: string, @Ctx() ctx: CityContext) {
    return ctx.records.annualPlan(schoolYear);
  }

  @FieldResolver(() => CityStats, { nullable: true, description: 'Dashboard figures for one school year.' })
  stats(
    @Arg('schoolYear') schoolYear: string,
    @Arg('boundaries', () => Boundaries, BOUNDARIES_ARGUMENT) boundaries: Boundaries,
    @Ctx() ctx: CityContext,
  ) {
    return ctx.stats.stats(schoolYear, boundaries);
  }

  @FieldResolver(() => [DistrictFigures], {
    nullable: true,
    description: 'The same figures district by district.',
  })
  districtBreakdown(
    @Arg('schoolYear') schoolYear: string,
    @Arg('boundaries', () => Boundaries, BOUNDARIES_ARGUMENT) boundaries: Boundaries,
    @Ctx() ctx: CityContext,
  ) {
    return ctx.stats.districtBreakdown(schoolYear, boundaries);
  }
}
