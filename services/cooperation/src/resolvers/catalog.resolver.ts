import { Arg, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CatalogCampaign } from '../entities/catalog.entity';
import {
  AwardPeriod,
  AwardsComparison,
  Boundaries,
  CampaignComparison,
  CampaignEdition,
  CityComparison,
  RESULT_SELECTION,
  ResultGrouping,
} from '../entities/comparison.types';
import { MemberCity } from '../entities/member-city.entity';
import type { CooperationContext } from '../services/cooperation-context';
import { periodArgument } from '../services/comparison.service';

@Resolver(() => CatalogCampaign)
export class CatalogResolver {
  @Query(() => [CatalogCampaign], { description: 'The shared catalog of campaigns and movements.' })
  campaigns(
    @Ctx() ctx: CooperationContext,
    @Arg('search', () => String, { nullable: true, description: 'Accents and case are ignored.' })
    search?: string,
  ) {
    return ctx.catalog.campaigns(search);
  }

  @Query(() => CatalogCampaign, { nullable: true })
  campaign(@Arg('code') code: string, @Ctx() ctx: CooperationContext) {
    return ctx.catalog.campaign(code);
  }

  @FieldResolver(() => [CampaignEdition], { description: 'Its editions, oldest first: the trend.' })
  editions(@Root() campaign: CatalogCampaign, @Ctx() ctx: CooperationContext) {
    return ctx.catalog.editionsOf(campaign.code);
  }

  @FieldResolver(() => [MemberCity], { description: 'Cities that agreed to compare it; empty means all.' })
  jointCities(@Root() campaign: CatalogCampaign, @Ctx() ctx: CooperationContext) {
    return ctx.catalog.jointCityRecords(campaign.code);
  }
}

@Resolver(() => CampaignEdition)
export class CampaignEditionResolver {
  @Query(() => CampaignEdition, { nullable: true })
  campaignEdition(
    @Arg('campaignCode') campaignCode: string,
    @Arg('period') period: string,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.catalog.edition(campaignCode, period);
  }

  @Query(() => [CampaignEdition], {
    description: 'Every campaign edition of a period (all comparisons of a year).',
  })
  campaignEditions(@Arg('period') period: string, @Ctx() ctx: CooperationContext) {
    return ctx.catalog.editionsIn(period);
  }

  @FieldResolver(() => CatalogCampaign, { nullable: true })
  campaign(@Root() edition: CampaignEdition, @Ctx() ctx: CooperationContext) {
    return ctx.catalog.campaign(edition.campaignCode);
  }

  @Directive(
    `@requires(fields: "cityResults { ${RESULT_SELECTION} } previousCityResults { ${RESULT_SELECTION} } predecessorResults { ${RESULT_SELECTION} } previousPredecessorResults { ${RESULT_SELECTION} }")`,
  )
  @FieldResolver(() => CampaignComparison, {
    description: 'Indicators, ranks, leaders, gaps and change, city by city.',
  })
  comparison(
    @Root() edition: CampaignEdition,
    @Ctx() ctx: CooperationContext,
    @Arg('boundaries', () => Boundaries, { defaultValue: Boundaries.AS_REPORTED })
    boundaries: Boundaries,
  ) {
    return ctx.comparisons.campaignComparison(edition, boundaries);
  }

  @Directive(
    `@requires(fields: "sectorResults { ${RESULT_SELECTION} } previousSectorResults { ${RESULT_SELECTION} } predecessorSectorResults { ${RESULT_SELECTION} } previousPredecessorSectorResults { ${RESULT_SELECTION} }")`,
  )
  @FieldResolver(() => CampaignComparison, {
    description:
      'The same comparison grouped by sector: each city’s figures add up the reports of every body that managed its school unions that year (the education union, district federations until 30 June 2025, commune and ward unions since).',
  })
  sectorComparison(
    @Root() edition: CampaignEdition,
    @Ctx() ctx: CooperationContext,
    @Arg('boundaries', () => Boundaries, { defaultValue: Boundaries.AS_REPORTED })
    boundaries: Boundaries,
  ) {
    return ctx.comparisons.campaignComparison(edition, boundaries, ResultGrouping.EDUCATION_SECTOR);
  }
}

@Resolver(() => CampaignComparison)
export class CampaignComparisonResolver {
  @FieldResolver(() => CityComparison, {
    nullable: true,
    description: 'One city’s standing in this edition.',
  })
  forCity(@Root() comparison: CampaignComparison, @Arg('cityCode') cityCode: string) {
    return comparison.cities.find((city) => city.cityCode === cityCode) ?? null;
  }
}

@Resolver(() => CityComparison)
export class CityComparisonResolver {
  @FieldResolver(() => MemberCity, { nullable: true })
  city(@Root() comparison: CityComparison, @Ctx() ctx: CooperationContext) {
    return ctx.registry.byCode(comparison.cityCode);
  }
}

@Resolver(() => AwardPeriod)
export class AwardPeriodResolver {
  @Query(() => AwardPeriod, { description: 'Awards by kind × issuer level, city by city, for a period.' })
  awardPeriod(@Arg('period') period: string) {
    return { period: periodArgument(period) };
  }

  @Directive(
    '@requires(fields: "cityAwards { cityCode lines { kind issuerLevel recipientType recipients } }")',
  )
  @FieldResolver(() => AwardsComparison)
  comparison(@Root() period: AwardPeriod, @Ctx() ctx: CooperationContext) {
    return ctx.comparisons.awardsComparison(period);
  }
}
