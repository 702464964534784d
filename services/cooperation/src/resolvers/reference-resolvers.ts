import type { AwardPeriod, CampaignEdition } from '../entities/comparison.types';
import type { PeopleSearch } from '../entities/people-search.types';
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
  NationalOrganisation: {
    __resolveReference: (ref: { code: string }, ctx: CooperationContext) =>
      ctx.nationalBodies.byCode(ref.code),
  },
  PeopleSearch: {
    __resolveReference: (ref: PeopleSearch, ctx: CooperationContext) =>
      ctx.nationalBodies.search(ref.search, ref.first),
  },
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
