import { ApolloGateway } from '@apollo/gateway';
import type { Dispatcher } from 'undici';
import { GatewaySigningKey, requireGatewaySigningKey } from '../../services/shared/src/gateway-keys';
import { cityAudience, COOPERATION_AUDIENCE } from '../../services/shared/src/internal-identity';
import { CITIES_SUBGRAPH, COOPERATION_SUBGRAPH } from '../../services/shared/src/subgraphs';
import { CityAnswerCache } from './city-answer-cache';
import { CityAnswerReuse } from './city-answer-reuse';
import { CityBreaker } from './city-breaker';
import { CityDataVersions, dataVersionAsker, VersionedDeployment } from './city-data-versions';
import { recordBreakerState } from './city-metrics';
import { CityShardRouter } from './city-shard-router';
import { GatewayConfig } from './config';
import { EntityRoutingTable } from './entity-routing-table';
import { IdentityForwardingDataSource } from './identity-forwarding';
import { createSubgraphFetcher } from './subgraph-fetcher';

/**
 * An Apollo gateway over the static supergraph in which the `cities` subgraph is served by the city
 * shard router, one data source per city behind it; every subgraph request carries the identity,
 * signed for that one deployment (`city:<code>` or `cooperation`), and, when the gateway traces, the
 * `traceparent` of its CLIENT span for that call.
 */
export function createGateway(config: GatewayConfig) {
  // Refused here, before anything is opened, when the signing key is missing.
  const key = requireGatewaySigningKey(config.identitySigningKey);
  const cityFetch = createSubgraphFetcher(config.cityTimeoutMs, config.tracer);
  const cooperationFetch = createSubgraphFetcher(config.cooperationTimeoutMs, config.tracer);
  const importFetch = createSubgraphFetcher(config.importTimeoutMs, config.tracer);
  // Each deployment's fetcher carries its audience (`city:HN`, `cooperation`) into its spans' names.
  // A city's fetches are shared by the router (city-answer-reuse.ts), before its breaker: not twice.
  const dataSource = (
    url: string,
    fetch: typeof cityFetch,
    audience: string,
    sharing?: CityAnswerReuse | 'not-shared',
  ) =>
    new IdentityForwardingDataSource(
      { url, fetcher: fetch.fetcherFor(audience) },
      { key, audience },
      sharing,
    );
  const cooperationUrl = config.cooperationUrl ?? supergraphUrlOf(config.supergraphSdl, COOPERATION_SUBGRAPH);
  const answers = config.cityCache.enabled ? CityAnswerCache.create(config.cityCache) : undefined;
  const breakers = new Map(
    config.cities.map(({ code }) => {
      recordBreakerState(code, 'closed');
      const onChange = (state: CityBreaker['state']) => recordBreakerState(code, state);
      return [code, new CityBreaker(config.cityBreaker, Date.now, onChange)];
    }),
  );
  const router = new CityShardRouter(
    config.cities.map(({ code, url }) => ({
      code,
      source: dataSource(url, cityFetch, cityAudience(code), 'not-shared'),
      importSource: dataSource(url, importFetch, cityAudience(code), 'not-shared'),
      breaker: breakers.get(code),
    })),
    EntityRoutingTable.fromSupergraph(config.supergraphSdl, CITIES_SUBGRAPH.toUpperCase()),
    answerReuse(answers, config.cities, {
      key,
      agent: cityFetch.agent,
      timeoutMs: config.cityTimeoutMs,
      config,
    }),
  );
  // The hub's public answers (a comparison computed from cached city figures) are kept the same way.
  const hubAnswers = answerReuse(
    answers,
    [{ code: COOPERATION_AUDIENCE, url: cooperationUrl ?? '', audience: COOPERATION_AUDIENCE }],
    { key, agent: cooperationFetch.agent, timeoutMs: config.cooperationTimeoutMs, config },
    () => undefined,
  );
  // @apollo/gateway reports anonymous usage to Apollo's servers unless told not to: a union's hub
  // sends nothing to a third party (set APOLLO_TELEMETRY_DISABLED=false to allow it).
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    // With the Apollo-Query-Plan-Experimental header, a response carries its query plan (off in production).
    __exposeQueryPlanExperimental: config.limits.introspection,
    buildService: ({ name, url }) =>
      name === CITIES_SUBGRAPH
        ? router
        : dataSource(cooperationUrl ?? url ?? '', cooperationFetch, COOPERATION_AUDIENCE, hubAnswers),
  });
  return {
    gateway,
    router,
    /** Each city's circuit breaker, for /health. */
    breakers: breakers as ReadonlyMap<string, CityBreaker>,
    /** Where the cooperation subgraph is asked: COOPERATION_URL, else the supergraph's URL. */
    cooperationUrl,
    close: async () => {
      await Promise.all([cityFetch.close(), cooperationFetch.close(), importFetch.close(), router.close()]);
    },
  };
}

/**
 * In-flight sharing always; with the cache of public answers (unless CITY_CACHE=false; in memory, or
 * in Redis with REDIS_URL) each deployment's answers are checked against its data version.
 */
function answerReuse(
  answers: CityAnswerCache | undefined,
  deployments: readonly VersionedDeployment[],
  asking: { key: GatewaySigningKey; agent: Dispatcher; timeoutMs: number; config: GatewayConfig },
  noteHit?: (code: string) => void,
): CityAnswerReuse {
  if (!answers) return new CityAnswerReuse();
  const askVersion = dataVersionAsker(deployments, asking.key, asking.agent, asking.timeoutMs);
  const urls = new Map(deployments.map(({ code, url }) => [code, url]));
  return new CityAnswerReuse(
    answers,
    new CityDataVersions(askVersion, asking.config.cityCache.versionTtlMs),
    (code) => urls.get(code) ?? code,
    noteHit,
  );
}

/** A subgraph's URL as composed into the supergraph (`@join__graph(name: ..., url: ...)`). */
function supergraphUrlOf(supergraphSdl: string, name: string): string | undefined {
  return new RegExp(`@join__graph\\(name: "${name}", url: "([^"]*)"\\)`).exec(supergraphSdl)?.[1];
}
