import { Counter, Gauge, Histogram, register } from 'prom-client';
import type { BreakerState } from './city-breaker';

/**
 * The gateway's per-city metrics, on prom-client's default registry so that they appear on the same
 * /metrics as everything else. Tests run several gateways in one process: each metric is created
 * once and shared.
 */
function once<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

export const cityFetchSeconds = once(
  'hub_city_fetch_seconds',
  () =>
    new Histogram({
      name: 'hub_city_fetch_seconds',
      help: 'Time the gateway waited for one city fetch, by city and outcome (ok, timeout, error)',
      labelNames: ['city', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
    }),
);

export const cityBreakerState = once(
  'hub_city_breaker_state',
  () =>
    new Gauge({
      name: 'hub_city_breaker_state',
      help: "State of each city's circuit breaker at the gateway: 0 closed, 1 half-open, 2 open",
      labelNames: ['city'] as const,
    }),
);

export const cityShortCircuits = once(
  'hub_city_breaker_short_circuits_total',
  () =>
    new Counter({
      name: 'hub_city_breaker_short_circuits_total',
      help: 'City fetches answered CITY_UNAVAILABLE by an open circuit breaker without asking the city',
      labelNames: ['city'] as const,
    }),
);

export const citySchemaSkew = once(
  'hub_city_schema_skew',
  () =>
    new Gauge({
      name: 'hub_city_schema_skew',
      help: "How each city's schema stands to the gateway's supergraph: 1 for its status (current, behind, ahead, diverged, unknown), 0 for the others",
      labelNames: ['city', 'status'] as const,
    }),
);

export const SCHEMA_SKEW_STATUSES = ['current', 'behind', 'ahead', 'diverged', 'unknown'] as const;
export type SchemaSkewStatus = (typeof SCHEMA_SKEW_STATUSES)[number];

/** Every status is written, so that a city that caught up drops from `behind` to 0 instead of lingering. */
export function recordSchemaSkew(city: string, status: SchemaSkewStatus): void {
  for (const each of SCHEMA_SKEW_STATUSES)
    citySchemaSkew.set({ city, status: each }, each === status ? 1 : 0);
}

const STATE_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

export function recordBreakerState(city: string, state: BreakerState): void {
  cityBreakerState.set({ city }, STATE_VALUE[state]);
}
