import { authFetch } from '../../auth/auth-fetch';
import type { SubmissionProblems } from '../forms/server-errors';

/** The gateway's limit for POST /import (MAX_UPLOAD_BYTES, 10 MB by default). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'];

export type ImportKind = 'UNITS' | 'RESULTS';

/** The `ImportReport` of `importCityRecords` (schema/supergraph.graphql). */
export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  applied: boolean;
  problems: { row: number; column: string; message: string }[];
}

export type UploadOutcome =
  { report: ImportReport; problems?: undefined } | { report?: undefined; problems: SubmissionProblems };

interface GraphQLAnswer {
  data?: { importCityRecords?: ImportReport | null } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const refusal = (code: string, form: string, extensions: Record<string, unknown> = {}) => ({
  problems: { fields: {}, code, form, extensions },
});

/** What the page can check before sending: the extension and the size (the gateway checks again). */
export function fileProblem(file: File): 'wrongType' | 'tooLarge' | 'empty' | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'wrongType';
  if (file.size > MAX_IMPORT_BYTES) return 'tooLarge';
  if (file.size === 0) return 'empty';
  return null;
}

/**
 * Sends the file to the gateway's POST /import as multipart form data (never base64 inside a JSON
 * body, which the gateway caps far below a sheet's size), with the signed-in person's token; a 401
 * is refreshed and sent again once (authFetch).
 */
export async function uploadImport(
  file: File,
  { cityCode, kind, dryRun }: { cityCode: string; kind: ImportKind | ''; dryRun: boolean },
): Promise<UploadOutcome> {
  const form = new FormData();
  form.set('cityCode', cityCode);
  if (kind) form.set('kind', kind);
  form.set('dryRun', String(dryRun));
  form.set('file', file, file.name);
  let response: Response;
  try {
    response = await authFetch('/import', { method: 'POST', body: form });
  } catch (error) {
    return refusal('NETWORK', (error as Error).message);
  }
  if (response.status === 413) return refusal('TOO_LARGE', response.statusText);
  let answer: GraphQLAnswer;
  try {
    answer = (await response.json()) as GraphQLAnswer;
  } catch {
    return refusal('UNKNOWN', `HTTP ${response.status}`);
  }
  const report = answer.data?.importCityRecords;
  if (report && !answer.errors?.length) return { report };
  const [first] = answer.errors ?? [];
  const extensions = first?.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN';
  return refusal(code, first?.message ?? `HTTP ${response.status}`, extensions);
}
