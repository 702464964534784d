import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';

/**
 * What a city answers the router, in a module of its own so that the router's parts (city-fetch.ts,
 * the reuse of answers, the cache) can share the types without importing one another in a circle.
 */
export type RouterResponse = GatewayGraphQLResponse;

/** Why a city could not be asked: a sentence, or the sentence and a stable reason for clients. */
export type Unavailability = string | { because: string; reason: 'circuit-open' };

/** What one city said: its GraphQL response, or why it could not be asked. */
export type CityAnswer =
  { code: string; response: RouterResponse } | { code: string; unavailable: Unavailability };
