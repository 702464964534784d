import type { CityContext } from '../services/city-context';

type CityKey = { cityCode: string; id: string };

/** Every entity fetch goes through a loader; keys of another city resolve to null. */
export const cityReferenceResolvers = {
  City: {
    __resolveReference: (ref: { code: string }, ctx: CityContext) => (ref.code === ctx.cityCode ? ref : null),
  },
  SchoolLevel: { __resolveReference: (ref: { code: string }) => ref },
  Organisation: {
    __resolveReference: (ref: CityKey, ctx: CityContext) =>
      ref.cityCode === ctx.cityCode ? ctx.loaders.organisationById.load(ref.id) : null,
  },
  Leader: {
    __resolveReference: (ref: CityKey, ctx: CityContext) =>
      ref.cityCode === ctx.cityCode ? ctx.loaders.leaderById.load(ref.id) : null,
  },
  District: {
    __resolveReference: (ref: CityKey, ctx: CityContext) =>
      ref.cityCode === ctx.cityCode ? ctx.loaders.districtById.load(ref.id) : null,
  },
  Member: {
    __resolveReference: (ref: CityKey, ctx: CityContext) =>
      ref.cityCode === ctx.cityCode ? ctx.loaders.memberById.load(ref.id) : null,
  },
  CampaignResult: {
    __resolveReference: (ref: CityKey, ctx: CityContext) =>
      ref.cityCode === ctx.cityCode ? ctx.recordLoaders.campaignResultById.load(ref.id) : null,
  },
  GrassrootsUnion: {
    __resolveReference: (ref: CityKey, ctx: CityContext) =>
      ref.cityCode === ctx.cityCode ? ctx.loaders.grassrootsUnionById.load(ref.id) : null,
  },
};
