import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardDecision } from '../entities/award-decision.entity';
import { Campaign } from '../entities/campaign.entity';
import { CampaignResult } from '../entities/campaign-result.entity';
import { AgreementReview, CoordinationAgreement } from '../entities/coordination-agreement.entity';
import { District } from '../entities/district.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { Initiative } from '../entities/initiative.entity';
import { Organisation } from '../entities/organisation.entity';
import { AWARD_KIND_NAMES } from '../entities/record-enums';
import { DataQualityWarning, DistrictFigures } from '../entities/stats.types';
import { Training } from '../entities/training.entity';
import type { CityContext } from '../services/city-context';

@Resolver(() => CampaignResult)
export class CampaignResultFieldsResolver {
  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() result: CampaignResult, @Ctx() ctx: CityContext) {
    return ctx.records.campaign(result.campaignCode);
  }

  @FieldResolver(() => Organisation, { description: 'The body that reported the figures.' })
  reportedBy(@Root() result: CampaignResult, @Ctx() ctx: CityContext) {
    return ctx.organisations.byId(result.reportedById);
  }

  @FieldResolver(() => [DataQualityWarning])
  dataQualityWarnings(@Root() result: CampaignResult, @Ctx() ctx: CityContext) {
    return ctx.records.dataQualityWarnings(result);
  }
}

@Resolver(() => AwardDecision)
export class AwardDecisionFieldsResolver {
  @FieldResolver(() => String, { description: 'The award as written, e.g. "Cờ thi đua".' })
  kindName(@Root() award: AwardDecision) {
    return AWARD_KIND_NAMES[award.kind];
  }

  @FieldResolver(() => GrassrootsUnion, { nullable: true })
  recipientUnit(@Root() award: AwardDecision, @Ctx() ctx: CityContext) {
    return award.recipientUnitId ? ctx.grassrootsUnions.byId(award.recipientUnitId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'Whose units the decision commends.' })
  scope(@Root() award: AwardDecision, @Ctx() ctx: CityContext) {
    return award.scopeOrganisationId ? ctx.organisations.byId(award.scopeOrganisationId) : null;
  }
}

@Resolver(() => Initiative)
export class InitiativeFieldsResolver {
  @FieldResolver(() => GrassrootsUnion, { nullable: true })
  unit(@Root() initiative: Initiative, @Ctx() ctx: CityContext) {
    return initiative.unitId ? ctx.grassrootsUnions.byId(initiative.unitId) : null;
  }
}

@Resolver(() => Training)
export class TrainingFieldsResolver {
  @FieldResolver(() => Organisation)
  organiser(@Root() training: Training, @Ctx() ctx: CityContext) {
    return ctx.organisations.byId(training.organiserId);
  }
}

@Resolver(() => CoordinationAgreement)
export class AgreementFieldsResolver {
  @FieldResolver(() => [AgreementReview])
  reviews(@Root() agreement: CoordinationAgreement, @Ctx() ctx: CityContext) {
    return ctx.records.reviews(agreement.id);
  }
}

@Resolver(() => AgreementReview)
export class AgreementReviewFieldsResolver {
  @FieldResolver(() => [AwardDecision], { description: 'The award decisions made at the review.' })
  async awards(@Root() review: AgreementReview, @Ctx() ctx: CityContext) {
    const awards = await Promise.all(review.awardDecisionIds.map((id) => ctx.records.award(id)));
    return awards.filter((award) => award !== null);
  }
}

@Resolver(() => DistrictFigures)
export class DistrictFiguresResolver {
  @FieldResolver(() => District, { nullable: true })
  district(@Root() figures: DistrictFigures, @Ctx() ctx: CityContext) {
    return figures.districtId ? ctx.figures.districtById(figures.districtId) : null;
  }
}
