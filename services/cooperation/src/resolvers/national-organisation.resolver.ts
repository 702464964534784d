import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ArgumentRules, rule } from '../../../shared/src/input-rules';
import { CatalogCampaign } from '../entities/catalog.entity';
import { AwardComparisonRow } from '../entities/comparison.types';
import { NationalLeader, NationalOrganisation } from '../entities/national-organisation.entity';
import type { CooperationContext } from '../services/cooperation-context';

@Resolver(() => NationalOrganisation)
export class NationalOrganisationResolver {
  @Query(() => [NationalOrganisation], {
    description: 'The union bodies above the cities (Tổng LĐLĐ Việt Nam, Công đoàn Giáo dục Việt Nam).',
  })
  nationalOrganisations(@Ctx() ctx: CooperationContext) {
    return ctx.nationalBodies.list();
  }

  @Query(() => NationalOrganisation, { nullable: true })
  @ArgumentRules({ code: rule.text(16) })
  nationalOrganisation(@Arg('code') code: string, @Ctx() ctx: CooperationContext) {
    return ctx.nationalBodies.byCode(code);
  }

  @FieldResolver(() => NationalOrganisation, {
    nullable: true,
    description: 'The body it belongs to, e.g. Tổng LĐLĐ Việt Nam for a national sector union.',
  })
  parent(@Root() organisation: NationalOrganisation, @Ctx() ctx: CooperationContext) {
    return ctx.nationalBodies.parentOf(organisation);
  }

  @FieldResolver(() => [NationalLeader], {
    description: 'Leadership terms the sources name, by name; no leader is invented.',
  })
  leaders(@Root() organisation: NationalOrganisation, @Ctx() ctx: CooperationContext) {
    return ctx.nationalBodies.leadersOf(organisation);
  }
}

@Resolver(() => NationalLeader)
export class NationalLeaderResolver {
  @FieldResolver(() => NationalOrganisation)
  organisation(@Root() leader: NationalLeader, @Ctx() ctx: CooperationContext) {
    return ctx.nationalBodies.organisationOf(leader);
  }
}

@Resolver(() => CatalogCampaign)
export class CampaignLauncherResolver {
  @FieldResolver(() => NationalOrganisation, {
    nullable: true,
    description:
      'The national body that launched it. Null for a campaign of a city’s own (launchedBy names it).',
  })
  launchedByOrganisation(@Root() campaign: CatalogCampaign, @Ctx() ctx: CooperationContext) {
    return ctx.nationalBodies.launcherOf(campaign);
  }
}

@Resolver(() => AwardComparisonRow)
export class AwardRowIssuerResolver {
  @FieldResolver(() => NationalOrganisation, {
    nullable: true,
    description: 'The national body of a national issuer level; null for the cities’ own levels.',
  })
  issuingNationalOrganisation(@Root() row: AwardComparisonRow, @Ctx() ctx: CooperationContext) {
    return ctx.nationalBodies.issuerOf(row.issuerLevel);
  }
}
