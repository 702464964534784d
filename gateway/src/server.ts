import { ApolloServer } from '@apollo/server';
import { createGraphQLApp } from '../../services/shared/src/http-service';
import { GatewayConfig } from './config';
import { createGateway } from './gateway';
import { healthUrlOf } from './subgraph-fetcher';

async function probe(url: string): Promise<'ok' | 'down'> {
  try {
    const response = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(2_000) });
    return response.ok ? 'ok' : 'down';
  } catch {
    return 'down';
  }
}

/** The gateway's HTTP app: POST /graphql for clients, GET /health with each city's state. */
export async function createGatewayServer(config: GatewayConfig) {
  const { gateway, router, close } = createGateway(config);
  const apollo = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
  await apollo.start();
  const app = createGraphQLApp({
    apollo,
    context: async () => ({}),
    health: async () => {
      const states = await Promise.all(config.cities.map(async ({ code, url }) => [code, await probe(url)]));
      // The gateway stays up when a city is down; the report says which.
      return { status: 'ok', service: 'gateway', cities: Object.fromEntries(states) };
    },
  });
  return {
    app,
    apollo,
    router,
    stop: async () => {
      await apollo.stop();
      await close();
    },
  };
}
