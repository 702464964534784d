import { ApolloGateway } from '@apollo/gateway';
import type { Dispatcher } from 'undici';
import { GatewaySigningKey, requireGatewaySigningKey } from '../../services/shared/src/gateway-keys';
import { cityAudience, COOPERATION_AUDIENCE } from '../../services/shared/src/internal-identity';
import { CITIES_SUBGRAPH, COOPERATION_SUBGRAPH } from '../../services/shared/src/subgraphs';
import { CityAnswerCache } from './city-answer-cache';
import { CityAnswerReuse } from './city-answer-reuse';
import { CityBreaker } from './city-breaker';
import { CityDataVersions, dataVersionAsker } from './city-data-versions';
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
  const dataSource = (url: string, fetch: typeof cityFetch, audience: string) =>
    new IdentityForwardingDataSource(
      { url, fetcher: fetch.fetcherFor(audience) },
      { key, audience },
      // A city's fetches are already shared by the router (city-answer-reuse.ts): not twice.
      !audience.startsWith('city:'),
    );
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
      source: dataSource(url, cityFetch, cityAudience(code)),
      importSource: dataSource(url, importFetch, cityAudience(code)),
      breaker: breakers.get(code),
    })),
    EntityRoutingTable.fromSupergraph(config.supergraphSdl, CITIES_SUBGRAPH.toUpperCase()),
    cityAnswerReuse(config, key, cityFetch.agent),
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
        : dataSource(config.cooperationUrl ?? url ?? '', cooperationFetch, COOPERATION_AUDIENCE),
  });
  return {
    gateway,
    router,
    /** Each city's circuit breaker, for /health. */
    breakers: breakers as ReadonlyMap<string, CityBreaker>,
    /** Where the cooperation subgraph is asked: COOPERATION_URL, else the supergraph's URL. */
    cooperationUrl: config.cooperationUrl ?? supergraphUrlOf(config.supergraphSdl, COOPERATION_SUBGRAPH),
    close: async () => {
      await Promise.all([cityFetch.close(), cooperationFetch.close(), importFetch.close(), router.close()]);
    },
  };
}

/**
 * In-flight sharing always; the cache of cities' public answers unless CITY_CACHE=false, in memory
 * or in Redis (REDIS_URL), checked against each city's data version.
 */
function cityAnswerReuse(config: GatewayConfig, key: GatewaySigningKey, agent: Dispatcher): CityAnswerReuse {
  if (!config.cityCache.enabled) return new CityAnswerReuse();
  const { versionTtlMs } = config.cityCache;
  const askVersion = dataVersionAsker(config.cities, key, agent, config.cityTimeoutMs);
  const urls = new Map(config.cities.map(({ code, url }) => [code, url]));
  return new CityAnswerReuse(
    CityAnswerCache.create(config.cityCache),
    new CityDataVersions(askVersion, versionTtlMs),
    (code) => urls.get(code) ?? code,
  );
}

/** A subgraph's URL as composed into the supergraph (`@join__graph(name: ..., url: ...)`). */
function supergraphUrlOf(supergraphSdl: string, name: string): string | undefined {
  return new RegExp(`@join__graph\\(name: "${name}", url: "([^"]*)"\\)`).exec(supergraphSdl)?.[1];
}
