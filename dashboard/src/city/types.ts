import type { CityPageViewQuery, CityUnionListQuery, GrassrootsUnionViewQuery } from '../gql/graphql';

/** The city as the page's one request returns it (present: the city exists). */
export type CityData = NonNullable<CityPageViewQuery['city']>;
export type CityStatsData = NonNullable<CityData['stats']>;
export type LeaderRow = NonNullable<CityData['educationUnion']>['leaders'][number];
export type DistrictRow = NonNullable<CityData['districtBreakdown']>[number];
export type FederationRow = NonNullable<CityData['districtFederations']>[number];
export type CampaignResultRow = NonNullable<CityData['campaignResults']>['edges'][number]['node'];
export type AwardDecisionRow = NonNullable<CityData['awardDecisions']>['edges'][number]['node'];
export type InitiativeRow = NonNullable<CityData['initiatives']>['edges'][number]['node'];
export type TrainingRow = NonNullable<CityData['trainings']>[number];
export type AgreementRow = NonNullable<CityData['coordinationAgreements']>[number];
export type UnionListRow = NonNullable<
  NonNullable<CityUnionListQuery['city']>['grassrootsUnions']
>['edges'][number]['node'];
export type UnitData = NonNullable<GrassrootsUnionViewQuery['grassrootsUnion']>;
export type PartnershipData = GrassrootsUnionViewQuery['unitPartnerships'][number];
