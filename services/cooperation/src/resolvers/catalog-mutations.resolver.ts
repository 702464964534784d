import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgumentRules, Note, rule, Text } from '../../../shared/src/input-rules';
import { CampaignScope, CatalogCampaign, CatalogCampaignKind } from '../entities/catalog.entity';
import { CampaignEdition } from '../entities/comparison.types';
import { CooperationAccess } from '../services/cooperation-access';
import type { CooperationContext } from '../services/cooperation-context';

@InputType()
class CampaignInput {
  @Field({ description: 'Lower-case words joined by hyphens, e.g. "hai-tot".' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'code must be lower-case words joined by hyphens, e.g. hai-tot',
  })
  @Text(64, { min: 2 })
  code!: string;

  @Field()
  @Text(400, { min: 2 })
  name!: string;

  @Field(() => CatalogCampaignKind)
  @IsIn(Object.values(CatalogCampaignKind))
  kind!: CatalogCampaignKind;

  @Field(() => String, { nullable: true })
  @Text(200)
  launchedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Code of the national body that launched it (nationalOrganisations), e.g. "CDGD-VN". Without it, ' +
      'launchedBy is read as a reference when it is a national body’s name or short name.',
  })
  @Text(16)
  launchedByOrganisationCode?: string | null;

  @Field(() => CampaignScope)
  @IsIn(Object.values(CampaignScope))
  scope!: CampaignScope;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1945)
  @Max(2100)
  startYear?: number | null;

  @Field(() => String, { nullable: true })
  @Note(5000)
  description?: string | null;
}

/** The catalog is the hub administrators' to maintain. */
@Resolver()
export class CatalogMutationsResolver {
  @Authorized(CooperationAccess.HUB_ADMIN)
  @Mutation(() => CatalogCampaign, { description: 'Adds a campaign to the catalog or changes it.' })
  saveCampaign(@Arg('input') input: CampaignInput, @Ctx() ctx: CooperationContext) {
    return ctx.catalogEditor.saveCampaign(input);
  }

  @Authorized(CooperationAccess.HUB_ADMIN)
  @Mutation(() => CampaignEdition)
  @ArgumentRules({ campaignCode: rule.text(64), period: rule.text(9) })
  addCampaignEdition(
    @Arg('campaignCode') campaignCode: string,
    @Arg('period') period: string,
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.catalogEditor.addEdition(campaignCode, period);
  }

  @Authorized(CooperationAccess.HUB_ADMIN)
  @Mutation(() => CatalogCampaign, {
    description: 'The cities that agreed to compare it; [] for every city.',
  })
  @ArgumentRules({ campaignCode: rule.text(64), cityCodes: rule.list(50, rule.text(8)) })
  setJointCities(
    @Arg('campaignCode') campaignCode: string,
    @Arg('cityCodes', () => [String]) cityCodes: string[],
    @Ctx() ctx: CooperationContext,
  ) {
    return ctx.catalogEditor.setJointCities(campaignCode, cityCodes);
  }
}
