import autocannon from 'autocannon';
import type { BenchSettings } from '../measure';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and 200 answers carrying GraphQL errors. */
  failures: number;
  /** Answers completed in the measured run. */
  answers: number;
}

/** One answer's `data`, or why it does not count (an HTTP error, GraphQL errors, no data at all). */
export async function askOnce(
  url: string,
  query: string,
  headers: Record<string, string>,
): Promise<{ data: unknown } | { problem: string }> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
    const text = await response.text();
    if (!response.ok) return { problem: `HTTP ${response.status}: ${text.slice(0, 300)}` };
    const answer = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
    if (answer.errors?.length) {
      return {
        problem: answer.errors
          .map(({ message }) => message)
          .join('; ')
          .slice(0, 300),
      };
    }
    if (answer.data === undefined || answer.data === null) return { problem: 'no data in the answer' };
    return { data: answer.data };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * 1 s of warm-up, then BENCH_SECONDS at BENCH_CONNECTIONS. Every answer's body is looked at: one with
 * GraphQL errors is a failure although it is a 200 (a gateway that answers fast with errors must not
 * look fast). The scan costs the load generator the same for every gateway.
 */
export async function driveLoad(
  url: string,
  query: string,
  headers: Record<string, string>,
  settings: BenchSettings,
  /** Called between the warm-up and the measured run (to count subgraph requests of that run only). */
  onMeasuredRunStart: () => void = () => {},
): Promise<LoadResult> {
  const run = async (duration: number) => {
    let answeredWithErrors = 0;
    const request = {
      method: 'POST' as const,
      headers,
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        if (status < 300 && body.includes('"errors"')) answeredWithErrors += 1;
      },
    };
    const result = await autocannon({
      url,
      connections: settings.connections,
      duration,
      requests: [request],
    });
    // autocannon counts a timeout among its errors as well: it is not added twice.
    return { result, failures: result.errors + result.non2xx + answeredWithErrors };
  };
  await run(1);
  onMeasuredRunStart();
  const { result, failures } = await run(settings.seconds);
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures,
    answers: result.requests.total,
  };
}
