import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Boundaries } from '../../../shared/src/boundaries';
import { schoolYearArgument } from '../../../shared/src/school-year';
import { Campaign } from '../entities/campaign.entity';
import { City } from '../entities/city.type';
import { EducationSectorYear, SectorBody, SectorCampaignResult } from '../entities/education-sector.types';
import { Organisation } from '../entities/organisation.entity';
import type { CityContext } from '../services/city-context';
import { BOUNDARIES_ARGUMENT } from './city-records.resolver';

@Resolver(() => City)
export class CityEducationSectorResolver {
  @FieldResolver(() => EducationSectorYear, {
    nullable: true,
    description:
      'The city’s education sector in a school year, grouped by the bodies that managed its school unions then; its campaign figures add up every body’s report, so the sector stays comparable when its union or its district federations end.',
  })
  educationSector(
    @Arg('schoolYear') schoolYear: string,
    @Arg('boundaries', () => Boundaries, BOUNDARIES_ARGUMENT) boundaries: Boundaries,
    @Ctx() ctx: CityContext,
  ) {
    return ctx.educationSector.year(schoolYearArgument(schoolYear, 'schoolYear'), boundaries);
  }
}

@Resolver(() => EducationSectorYear)
export class EducationSectorYearResolver {
  @FieldResolver(() => [SectorCampaignResult], {
    description: 'Each campaign any of its bodies reported on that year, by campaign code.',
  })
  campaignResults(
    @Root() sector: EducationSectorYear,
    @Ctx() ctx: CityContext,
    @Arg('campaignCode', () => String, { nullable: true }) campaignCode?: string,
  ) {
    return ctx.educationSector.campaignResults(sector, campaignCode ?? undefined);
  }
}

@Resolver(() => SectorBody)
export class SectorBodyResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() body: SectorBody, @Ctx() ctx: CityContext) {
    return ctx.organisations.byId(body.organisationId);
  }
}

@Resolver(() => SectorCampaignResult)
export class SectorCampaignResultResolver {
  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() result: SectorCampaignResult, @Ctx() ctx: CityContext) {
    return ctx.records.campaign(result.campaignCode);
  }
}
