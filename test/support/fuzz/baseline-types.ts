/**
 * One valid call per mutation of the graph, on the demo data: the fuzz test changes one argument (or
 * one input field) of it at a time, so that each refusal is about the value it changed.
 */
export type Role = 'hn' | 'newton' | 'admin';

export interface Baseline {
  role: Role;
  args: Record<string, unknown>;
}

/** Ids the baselines need that only exist once the federation runs. */
export interface Fixtures {
  awardDecisionId: string;
  draftDriveId: string;
}

export const HN_UNION = 'hn-cong-doan-nganh-giao-duc';
export const NEWTON = 'hn-thcs-thpt-newton';
export const CAT_BA = 'hp-thpt-cat-ba';

/** Real ids of the other deployments and of records this caller may not touch. */
export const FOREIGN_IDS = [
  CAT_BA,
  'hp-cong-doan-nganh-giao-duc',
  'tt-2025-hp',
  'tt-2025-p-hp',
  'cat-ba-2024-a1',
];
