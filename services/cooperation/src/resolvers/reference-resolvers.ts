import type { AwardPeriod, CampaignEdition } from '../entities/comparison.types';
import type { SchoolLevelEntry } from '../entities/school-level.entity';
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
  // Keeps the cities' figures (@requires) beside the catalog row, as for CampaignEdition.
  SchoolLevel: {
    __resolveReference: async (
      ref: Pick<SchoolLevelEntry, 'code' | 'cityFigures'>,
      ctx: CooperationContext,
    ) => {
      const level = await ctx.loaders.schoolLevelByCode.load(ref.code);
      return level && { ...level, cityFigures: ref.cityFigures };
    },
  },
};
