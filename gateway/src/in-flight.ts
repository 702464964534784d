import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

/** Apollo's query planner prints a fetch's operation keyword first; a mutation is never shared. */
export const isMutation = (query: string | undefined) => /^\s*mutation\b/.test(query ?? '');

/**
 * One fetch for concurrent identical requests (Hive Gateway does the same): whoever asks while an
 * identical request runs waits for it. Those who joined get their own copy of the answer, since the
 * gateway merges later fetches into the objects of an answer, which must not leak into another
 * request's.
 */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  constructor(private readonly copy: (value: T) => T) {}

  async run(key: string, fetch: () => Promise<T>): Promise<T> {
    const joined = this.running.get(key);
    if (joined) return this.copy(await joined);
    const started = fetch().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }
}

/**
 * A GraphQL answer's own copy: data, errors and extensions cloned; the HTTP part shared (read only).
 * The answer came as JSON, so a JSON round trip copies all of it, faster than structuredClone.
 */
export function copyOfResponse<R extends GatewayGraphQLResponse>(response: R): R {
  const { data, errors, extensions } = response;
  return { ...response, ...(JSON.parse(JSON.stringify({ data, errors, extensions })) as object) };
}
