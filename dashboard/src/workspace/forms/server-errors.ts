import type { CombinedError } from 'urql';

/** What a refused submission means for the form: which fields to mark, and what to say above it. */
export interface SubmissionProblems {
  /** By the argument path the graph names (`input.title`, `amount`, `student.guardianName`). */
  fields: Record<string, string>;
  /** The refusal's code (BAD_USER_INPUT, FORBIDDEN, CONFLICT, NOT_FOUND, UNAUTHENTICATED, …). */
  code?: string;
  /** A message for the whole form when no field is named. */
  form?: string;
  /** CONFLICT's details, e.g. the version now stored. */
  extensions: Record<string, unknown>;
}

interface Problem {
  argument?: string;
  message?: string;
}

/**
 * Reads the graph's refusal in the house shape (DESIGN.md, "Errors"): `extensions.code`, the argument
 * it concerns and, for validation, every problem with its path. A network failure is a form message.
 */
export function problemsOf(error: CombinedError | undefined): SubmissionProblems | null {
  if (!error) return null;
  const [first] = error.graphQLErrors;
  if (!first) {
    return {
      fields: {},
      code: 'NETWORK',
      form: error.networkError?.message ?? error.message,
      extensions: {},
    };
  }
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  const problems = Array.isArray(extensions.problems) ? (extensions.problems as Problem[]) : [];
  for (const problem of problems) {
    if (problem.argument && problem.message && !fields[problem.argument])
      fields[problem.argument] = problem.message;
  }
  const argument = typeof extensions.argument === 'string' ? extensions.argument : undefined;
  if (argument && !fields[argument]) fields[argument] = first.message;
  return {
    fields,
    code: typeof extensions.code === 'string' ? extensions.code : undefined,
    form: Object.keys(fields).length ? undefined : first.message,
    extensions,
  };
}
