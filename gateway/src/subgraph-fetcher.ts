import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch } from 'undici';

/**
 * One keep-alive connection pool for all subgraph traffic, and a deadline on every request so that a
 * slow city turns into CITY_UNAVAILABLE instead of holding the whole response.
 */
export function createSubgraphFetcher(timeoutMs: number) {
  const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 64 });
  const fetcher = ((url: string, init?: Record<string, unknown>) =>
    fetch(url, { ...init, dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
  return { fetcher, agent, close: () => agent.close() };
}

export function healthUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '/health');
}
