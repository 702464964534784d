import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { CITIES_SUBGRAPH } from '../../services/shared/src/subgraphs';
import { CityShardRouter } from './city-shard-router';
import { GatewayConfig } from './config';
import { EntityRoutingTable } from './entity-routing-table';
import { createSubgraphFetcher } from './subgraph-fetcher';

/**
 * An Apollo gateway over the static supergraph in which the `cities` subgraph is served by the city
 * shard router, one RemoteGraphQLDataSource per city behind it.
 */
export function createGateway(config: GatewayConfig) {
  const cityFetch = createSubgraphFetcher(config.cityTimeoutMs);
  const cooperationFetch = createSubgraphFetcher(config.cooperationTimeoutMs);
  const router = new CityShardRouter(
    config.cities.map(({ code, url }) => ({
      code,
      source: new RemoteGraphQLDataSource({ url, fetcher: cityFetch.fetcher }),
    })),
    EntityRoutingTable.fromSupergraph(config.supergraphSdl, CITIES_SUBGRAPH.toUpperCase()),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) =>
      name === CITIES_SUBGRAPH
        ? router
        : new RemoteGraphQLDataSource({
            url: config.cooperationUrl ?? url,
            fetcher: cooperationFetch.fetcher,
          }),
  });
  return {
    gateway,
    router,
    close: async () => {
      await Promise.all([cityFetch.close(), cooperationFetch.close()]);
    },
  };
}
