import { type ComponentType, lazy } from 'react';

// Each workspace page is its own chunk, loaded only by those who open it.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

export const WorkspaceHome = page(() => import('./WorkspaceHome'), 'WorkspaceHome');
export const CityWorkspacePage = page(() => import('./city/CityWorkspacePage'), 'CityWorkspacePage');
export const ImportPage = page(() => import('./import/ImportPage'), 'ImportPage');
export const DriveWorkspacePage = page(() => import('./drives/DriveWorkspacePage'), 'DriveWorkspacePage');
export const DriveWorkPage = page(() => import('./drives/DriveWorkPage'), 'DriveWorkPage');
export const ProgrammeWorkspacePage = page(
  () => import('./programmes/ProgrammeWorkspacePage'),
  'ProgrammeWorkspacePage',
);
export const TwinningWorkspacePage = page(
  () => import('./twinning/TwinningWorkspacePage'),
  'TwinningWorkspacePage',
);
export const AdminWorkspacePage = page(() => import('./admin/AdminWorkspacePage'), 'AdminWorkspacePage');
