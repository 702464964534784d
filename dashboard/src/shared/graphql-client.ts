import { Client, cacheExchange, fetchExchange } from 'urql';
import { authFetch } from '../auth/auth-fetch';

/** The graph's URL: the gateway serving this app (same origin) unless the build names another. */
export const GRAPHQL_URL: string = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

export const graphqlClient = new Client({
  url: GRAPHQL_URL,
  exchanges: [cacheExchange, fetchExchange],
  // Each view is one request; a reload or a new filter asks the graph again.
  requestPolicy: 'cache-and-network',
  preferGetMethod: false,
  // The signed-in person's token on every request, refreshed when it is about to run out.
  fetch: authFetch,
});
