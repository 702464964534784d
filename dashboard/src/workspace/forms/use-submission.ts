import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnyVariables, type DocumentInput, useMutation } from 'urql';
import { NS } from './messages';
import { problemsOf, SubmissionProblems } from './server-errors';
import { localiseProblem } from './server-messages';

export interface SubmissionState<Data> {
  submitting: boolean;
  problems: SubmissionProblems | null;
  /** The last accepted answer, until the form is changed or reset. */
  done: Data | null;
}

/**
 * Runs a form's mutation. Money forms get an idempotency key made once per submission: sending the
 * same values again (a double click, a retry after a network error or an expired session) reuses it,
 * so the graph records one pledge; other values, or a new entry after success, get a new key.
 */
export function useSubmission<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
) {
  const { t } = useTranslation(NS);
  const [, execute] = useMutation<Data, Variables>(document);
  const [state, setState] = useState<SubmissionState<Data>>({
    submitting: false,
    problems: null,
    done: null,
  });
  const last = useRef<{ values: string; key: string } | null>(null);

  const keyFor = (values: unknown) => {
    const serialised = JSON.stringify(values);
    if (last.current?.values !== serialised) last.current = { values: serialised, key: crypto.randomUUID() };
    return last.current.key;
  };

  /** `build` receives the submission's idempotency key (ignore it for forms that take none). */
  const submit = useCallback(
    async (values: unknown, build: (idempotencyKey: string) => Variables): Promise<Data | null> => {
      const variables = build(keyFor(values));
      setState((previous) => ({ ...previous, submitting: true, problems: null, done: null }));
      const result = await execute(variables, { requestPolicy: 'network-only' });
      const problems = problemsOf(result.error);
      if (problems || !result.data) {
        setState({ submitting: false, problems, done: null });
        return null;
      }
      last.current = null; // the next submission is a new one
      setState({ submitting: false, problems: null, done: result.data });
      return result.data;
    },
    [execute],
  );

  const reset = useCallback(() => {
    last.current = null;
    setState({ submitting: false, problems: null, done: null });
  }, []);

  const fieldError = (path: string) => {
    const message = state.problems?.fields[path];
    return message === undefined ? undefined : localiseProblem(message, t);
  };
  return { ...state, submit, reset, fieldError };
}
