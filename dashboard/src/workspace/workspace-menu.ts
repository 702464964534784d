import type { Role } from '../auth/person';

/** The workspace's pages, in Vietnamese like the rest of the app's paths. */
export const WORKSPACE_PATHS = {
  home: '/cong-viec',
  city: '/cong-viec/thanh-pho',
  import: '/cong-viec/nhap-du-lieu',
  drives: '/cong-viec/hoc-bong',
  drive: (driveId: string) => `/cong-viec/hoc-bong/${driveId}`,
  programmes: '/cong-viec/giao-luu',
  twinning: '/cong-viec/ket-nghia',
  admin: '/cong-viec/quan-tri',
} as const;

export type WorkspaceTask = 'city' | 'import' | 'drives' | 'programmes' | 'twinning' | 'admin';

/**
 * Which work each role is offered (DESIGN.md, "Who may do what"). A viewer reads the dashboard only.
 * The graph refuses anything else whatever the menu shows.
 */
export const TASKS_BY_ROLE: Record<Role, WorkspaceTask[]> = {
  'city-officer': ['city', 'import', 'drives', 'programmes', 'twinning'],
  'school-officer': ['drives', 'twinning'],
  'hub-admin': ['admin'],
  viewer: [],
};

export const TASK_PATHS: Record<WorkspaceTask, string> = {
  city: WORKSPACE_PATHS.city,
  import: WORKSPACE_PATHS.import,
  drives: WORKSPACE_PATHS.drives,
  programmes: WORKSPACE_PATHS.programmes,
  twinning: WORKSPACE_PATHS.twinning,
  admin: WORKSPACE_PATHS.admin,
};
