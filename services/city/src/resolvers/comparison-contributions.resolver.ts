import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AwardPeriod, CampaignEdition, CityAwards, EditionCityResult } from '../entities/comparison.types';
import type { CityContext } from '../services/city-context';
import { previousPeriod } from '../../../shared/src/school-year';

/**
 * Lists this city contributes to the hub's city-less entities; the gateway gathers every city's.
 *
 * Each list holds exactly one entry for this city, carrying its `cityCode`, whenever the city answers —
 * also when it has nothing to report (`reported: false` with null figures, awards with no lines). The
 * hub relies on it: a city whose entry is absent from the @requires data did not answer (down, too
 * slow; the shard router leaves it out with CITY_UNAVAILABLE) and is one of the comparison's
 * `missingCities`, while a city that answered without a report is "not reported", never missing.
 * Never return an empty list here. The fields stay lists so that a city that is down removes only
 * its own entry instead of nulling the answer (DESIGN.md, rule 3).
 */
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

  // Unlike the two above, these may be empty: an absent entry says "no predecessor reported", and a
  // city's presence is read from cityResults alone.
  @FieldResolver(() => [EditionCityResult], {
    description:
      'City-wide reports of provinces merged into a city since (e.g. the former Hải Dương in Hải Phòng), each under the code it reported as; added to its successor only on today’s boundaries.',
  })
  predecessorResults(@Root() edition: CampaignEdition, @Ctx() ctx: CityContext) {
    return ctx.predecessorFigures.results(edition.campaignCode, edition.period);
  }

  @FieldResolver(() => [EditionCityResult], { description: 'The same for the edition before.' })
  previousPredecessorResults(@Root() edition: CampaignEdition, @Ctx() ctx: CityContext) {
    return ctx.predecessorFigures.results(edition.campaignCode, previousPeriod(edition.period));
  }

  // The same four grouped by sector (every body that managed the city's school unions that year);
  // separate fields, so that a comparison by union never makes a city add up its sector.
  @FieldResolver(() => [EditionCityResult], { description: 'Each city’s education-sector total.' })
  async sectorResults(@Root() edition: CampaignEdition, @Ctx() ctx: CityContext) {
    return [await ctx.educationSector.editionResult(edition.campaignCode, edition.period)];
  }

  @FieldResolver(() => [EditionCityResult], { description: 'The same for the edition before.' })
  async previousSectorResults(@Root() edition: CampaignEdition, @Ctx() ctx: CityContext) {
    const period = previousPeriod(edition.period);
    return [await ctx.educationSector.editionResult(edition.campaignCode, period)];
  }

  @FieldResolver(() => [EditionCityResult], {
    description: 'The education-sector totals of provinces merged into a city since, under their codes.',
  })
  predecessorSectorResults(@Root() edition: CampaignEdition, @Ctx() ctx: CityContext) {
    return ctx.educationSector.predecessorEditionResults(edition.campaignCode, edition.period);
  }

  @FieldResolver(() => [EditionCityResult], { description: 'The same for the edition before.' })
  previousPredecessorSectorResults(@Root() edition: CampaignEdition, @Ctx() ctx: CityContext) {
    const period = previousPeriod(edition.period);
    return ctx.educationSector.predecessorEditionResults(edition.campaignCode, period);
  }
}

@Resolver(() => AwardPeriod)
export class AwardPeriodContributionResolver {
  @FieldResolver(() => [CityAwards], { description: 'Each city’s awards of the period, by kind × issuer.' })
  async cityAwards(@Root() period: AwardPeriod, @Ctx() ctx: CityContext) {
    return [await ctx.editionFigures.awards(period.period)];
  }
}
