import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CampaignResult } from '../entities/campaign-result.entity';
import { GrassrootsUnion } from '../entities/grassroots-union.entity';
import { provenanceKey } from '../loaders/provenance-loaders';
import type { CityContext } from '../services/city-context';

const MERGED_FROM =
  'The code of the former city whose records this came from when they were folded into this city ' +
  '(e.g. "HD" for the former Hải Dương in Hải Phòng); null for the city’s own records.';

@Resolver(() => GrassrootsUnion)
export class GrassrootsUnionProvenanceResolver {
  @FieldResolver(() => String, { nullable: true, description: MERGED_FROM })
  mergedFrom(@Root() union: GrassrootsUnion, @Ctx() ctx: CityContext) {
    return ctx.loaders.mergedFromByRecord.load(provenanceKey('grassroots_union', union.id));
  }
}

@Resolver(() => CampaignResult)
export class CampaignResultProvenanceResolver {
  @FieldResolver(() => String, { nullable: true, description: MERGED_FROM })
  mergedFrom(@Root() result: CampaignResult, @Ctx() ctx: CityContext) {
    return ctx.loaders.mergedFromByRecord.load(provenanceKey('campaign_result', result.id));
  }
}
