import autocannon from 'autocannon';

/** One request, sent over and over, and what a correct answer to it looks like. */
export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** False for an answer that must not count as served (an error, a city missing, a stale figure). */
  verify: (body: string) => boolean;
}

export interface LoadStats {
  /** Null when no answer came back within the run at all (then the run is a failure). */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  rps: number;
  errors: number;
  requests: number;
}

/** Latencies of every response of one or more runs, and their failures. */
export class LatencySamples {
  readonly latencies: number[] = [];
  errors = 0;
  seconds = 0;

  add(other: { latencies: number[]; errors: number; seconds: number }): void {
    this.latencies.push(...other.latencies);
    this.errors += other.errors;
    this.seconds += other.seconds;
  }

  stats(): LoadStats {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    // Nearest rank: the value below which p % of the responses fall.
    const at = (p: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
    const ms = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
    return {
      p50: ms(at(50)),
      p95: ms(at(95)),
      p99: ms(at(99)),
      rps: this.seconds ? Math.round((sorted.length / this.seconds) * 10) / 10 : 0,
      errors: this.errors,
      requests: sorted.length,
    };
  }
}

/**
 * How long a run lasts: `seconds` stops sending at that time and drops the answers still on their
 * way; `amount` sends that many requests and waits for every answer.
 */
export type RunLength = { seconds: number } | { amount: number };

/**
 * `clients` connections sending `target` back to back, with autocannon. Every response is checked
 * with `verify`: a wrong answer, a connection error, a timeout or a non-2xx status counts as an
 * error. Latencies are kept one by one (autocannon reports no p95), including those of answers that
 * failed the check, so that a fast wrong answer cannot make the figures look better.
 */
export async function runLoad(
  target: LoadTarget,
  clients: number,
  length: RunLength,
): Promise<LatencySamples> {
  const latencies: number[] = [];
  let failures = 0;
  // autocannon emits a response and then checks its body, synchronously, one response at a time:
  // the status seen last is the status of the body being checked.
  let lastStatus = 0;
  const started = Date.now();
  // autocannon notices that a fixed amount is done only at its next whole-second tick: the rate is
  // taken up to the last answer, not up to the end of the run.
  let lastAnswerAt = started;
  // Without a callback autocannon returns its event emitter with a `then`; the types say only Promise.
  const instance = autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    connections: clients,
    ...('amount' in length ? { amount: length.amount } : { duration: length.seconds }),
    verifyBody: (body) => {
      const ok = lastStatus >= 200 && lastStatus < 300 && target.verify(String(body ?? ''));
      if (!ok) failures += 1;
      return ok;
    },
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    lastStatus = status;
    latencies.push(responseTime);
    lastAnswerAt = Date.now();
  });
  const result = await instance;
  const samples = new LatencySamples();
  // result.errors counts connection errors and timeouts, which have no response to check.
  const seconds = 'amount' in length ? (lastAnswerAt - started) / 1000 : length.seconds;
  samples.add({ latencies, errors: result.errors + failures, seconds });
  return samples;
}

/** Long enough for V8 to optimise the hot paths of every process, which costs CPU of its own. */
const WARM_UP_SECONDS = 2;

/**
 * Unmeasured load first, so that no process's warm-up (JIT, first statements) is measured: three
 * requests per client to learn the rate, then about two seconds' worth. Returns the rate of the
 * latter, to size the measured run.
 */
export async function warmUp(target: LoadTarget, clients: number): Promise<number> {
  const first = (await runLoad(target, clients, { amount: clients * 3 })).stats().rps;
  return (await runLoad(target, clients, sizedRun(first, clients, WARM_UP_SECONDS))).stats().rps;
}

/**
 * About `seconds` of load as a fixed number of requests, sized from the warm-up's `rate`, every
 * answer awaited: a run cut off at a time would drop the requests still in flight, the slowest ones
 * when the federation is saturated, and flatter its p95. The run may last longer than asked when
 * the warm-up was faster than the federation under sustained load.
 */
export function sizedRun(rate: number, clients: number, seconds: number): RunLength {
  return { amount: Math.max(2, Math.ceil((rate * seconds) / clients)) * clients };
}
