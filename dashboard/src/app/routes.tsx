import { type ComponentType, lazy } from 'react';

// Each view is its own chunk: the first page ships only what it draws.
const view = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

export const OverviewPage = view(() => import('../overview/OverviewPage'), 'OverviewPage');
export const CampaignComparisonPage = view(
  () => import('../campaign-comparison/CampaignComparisonPage'),
  'CampaignComparisonPage',
);
export const AwardsComparisonPage = view(
  () => import('../awards/AwardsComparisonPage'),
  'AwardsComparisonPage',
);
export const CityPage = view(() => import('../city/CityPage'), 'CityPage');
export const GrassrootsUnionPage = view(() => import('../city/GrassrootsUnionPage'), 'GrassrootsUnionPage');
export const DrivesPage = view(() => import('../drives/DrivesPage'), 'DrivesPage');
export const DrivePage = view(() => import('../drives/DrivePage'), 'DrivePage');
export const ProgrammesPage = view(() => import('../programmes/ProgrammesPage'), 'ProgrammesPage');
export const TwinningPage = view(() => import('../twinning/TwinningPage'), 'TwinningPage');

/** Paths in Vietnamese, as a union officer would read them in a shared link. */
export const PATHS = {
  overview: '/',
  comparison: '/so-sanh',
  awards: '/khen-thuong',
  city: (cityCode: string) => `/thanh-pho/${cityCode}`,
  grassrootsUnion: (cityCode: string, unitId: string) => `/thanh-pho/${cityCode}/cong-doan/${unitId}`,
  drives: '/hoc-bong',
  drive: (driveId: string) => `/hoc-bong/${driveId}`,
  programmes: '/giao-luu',
  twinning: '/ket-nghia',
} as const;
