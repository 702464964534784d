import type { CooperationContext } from '../services/cooperation-context';

export const cooperationReferenceResolvers = {
  City: {
    __resolveReference: (ref: { code: string }, ctx: CooperationContext) =>
      ctx.loaders.cityByCode.load(ref.code),
  },
  SchoolLevel: {
    __resolveReference: (ref: { code: string }, ctx: CooperationContext) =>
      ctx.loaders.schoolLevelByCode.load(ref.code),
  },
};
