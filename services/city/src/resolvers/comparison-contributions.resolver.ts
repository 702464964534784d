import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardPeriod, CampaignEdition, CityAwards, EditionCityResult } from '../entities/comparison.types';
import type { CityContext } from '../services/city-context';
import { previousPeriod } from '../../../shared/src/school-year';

/** Lists this city contributes to the hub's city-less entities; the gateway gathers every city's. */
@Resolver(() => CampaignEdition)
export class CampaignEditionContributionResolver {
  @FieldResolver(() => [EditionCityResult], { description: 'Each city’s result for the edition.' })
  async cityResults(@Root() edition: CampaignEdition, @Ctx() ctx: CityContext) {
    return [await ctx.editionFigures.result(edition.campaignCode, edition.period)];
  }

  @FieldResolver(() => [EditionCityResult], { description: 'Each city’s result for the edition before.' })
  async previousCityResults(@Root() edition: CampaignEdition, @Ctx() ctx: CityContext) {
    return [await ctx.editionFigures.result(edition.campaignCode, previousPeriod(edition.period))];
  }
}

@Resolver(() => AwardPeriod)
export class AwardPeriodContributionResolver {
  @FieldResolver(() => [CityAwards], { description: 'Each city’s awards of the period, by kind × issuer.' })
  async cityAwards(@Root() period: AwardPeriod, @Ctx() ctx: CityContext) {
    return [await ctx.editionFigures.awards(period.period)];
  }
}
