import type { AwardPeriod, CampaignEdition } from '../entities/comparison.types';
import { CatalogService } from '../services/catalog.service';
import type { CooperationContext } from '../services/cooperation-context';

export const cooperationReferenceResolvers = {
  Campaign: {
    __resolveReference: (ref: { code: string }, ctx: CooperationContext) => ctx.catalog.campaign(ref.code),
  },
  // The representation carries the cities' figures (@requires); keep them beside the catalog row.
  CampaignEdition: {
    __resolveReference: (ref: CampaignEdition) => ({
      ...ref,
      periodKind: CatalogService.periodKindOf(ref.period),
    }),
  },
  AwardPeriod: { __resolveReference: (ref: AwardPeriod) => ref },
  City: {
    __resolveReference: (ref: { code: string }, ctx: CooperationContext) =>
      ctx.loaders.cityByCode.load(ref.code),
  },
  SchoolLevel: {
    __resolveReference: (ref: { code: string }, ctx: CooperationContext) =>
      ctx.loaders.schoolLevelByCode.load(ref.code),
  },
};
