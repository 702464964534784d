import type DataLoader from 'dataloader';
import type { CityContext } from '../services/city-context';

type CityKey = { cityCode: string; id: string };

/** A reference of this city resolves through its loader; a key of another city resolves to null. */
const ownCity = (loader: (ctx: CityContext) => DataLoader<string, unknown>) => ({
  __resolveReference: (ref: CityKey, ctx: CityContext) =>
    ref.cityCode === ctx.cityCode ? loader(ctx).load(ref.id) : null,
});

/** Every entity fetch goes through a per-request loader. */
export const cityReferenceResolvers = {
  City: {
    __resolveReference: (ref: { code: string }, ctx: CityContext) => (ref.code === ctx.cityCode ? ref : null),
  },
  SchoolLevel: { __resolveReference: (ref: { code: string }) => ref },
  CampaignEdition: { __resolveReference: (ref: { campaignCode: string; period: string }) => ref },
  AwardPeriod: { __resolveReference: (ref: { period: string }) => ref },
  PeopleSearch: { __resolveReference: (ref: { search: string; first: number }) => ref },
  Organisation: ownCity((ctx) => ctx.loaders.organisationById),
  Leader: ownCity((ctx) => ctx.loaders.leaderById),
  District: ownCity((ctx) => ctx.loaders.districtById),
  Member: ownCity((ctx) => ctx.loaders.memberById),
  GrassrootsUnion: ownCity((ctx) => ctx.loaders.grassrootsUnionById),
  CampaignResult: ownCity((ctx) => ctx.recordLoaders.campaignResultById),
};
