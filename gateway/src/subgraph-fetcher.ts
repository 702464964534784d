import type { Tracer } from '@opentelemetry/api';
import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch } from 'undici';
import { traceOutgoing } from '../../services/shared/src/http-tracing';

/**
 * One keep-alive connection pool for all subgraph traffic, and a deadline on every request so that a
 * slow city turns into CITY_UNAVAILABLE instead of holding the whole response. With a tracer, each
 * request is a CLIENT span (`POST city:HN`) whose context the subgraph receives in `traceparent`.
 */
export function createSubgraphFetcher(timeoutMs: number, tracer?: Tracer) {
  const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 64 });
  /** The fetcher of one deployment (`city:HN`, `cooperation`): the name its spans carry. */
  const fetcherFor = (deployment: string) =>
    ((url: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
      traceOutgoing(
        tracer,
        { method: init.method ?? 'GET', url, deployment, attributes: cityAttribute(deployment) },
        init.headers ?? {},
        (headers) =>
          fetch(url, { ...init, headers, dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) }),
      )) as unknown as Fetcher;
  return { fetcherFor, agent, close: () => agent.close() };
}

function cityAttribute(deployment: string): Record<string, string> {
  return deployment.startsWith('city:') ? { 'hub.city_code': deployment.slice('city:'.length) } : {};
}

export function healthUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql\/?$/, '/health');
}
