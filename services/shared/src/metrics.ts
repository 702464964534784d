import type { Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Metric, register } from 'prom-client';
import type { DataSource } from 'typeorm';
import { booleanEnv } from './env';

/**
 * The hub's Prometheus metrics, on prom-client's default registry so that every part of a service
 * (the gateway's breaker and city fetches too) appears on one `/metrics`. Tests run several services
 * in one process, so each metric is made once per process and labelled with its `service`
 * (`gateway`, `cooperation`, `city:HN`, …).
 */
function once<T extends Metric>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

export const requestsTotal = once(
  'hub_requests_total',
  () =>
    new Counter({
      name: 'hub_requests_total',
      help: 'GraphQL requests answered, by service, operation name and HTTP status',
      labelNames: ['service', 'operation', 'status'],
    }),
);

export const requestSeconds = once(
  'hub_request_duration_seconds',
  () =>
    new Histogram({
      name: 'hub_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by service, operation name and HTTP status',
      labelNames: ['service', 'operation', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    }),
);

export const errorsTotal = once(
  'hub_errors_total',
  () =>
    new Counter({
      name: 'hub_errors_total',
      help: 'Errors in responses, by service and extensions.code (CITY_UNAVAILABLE at the gateway)',
      labelNames: ['service', 'code'],
    }),
);

const pools = new Map<string, DataSource>();

/** mysql2's pool keeps its connections in two queues; TypeORM exposes the pool but not its type. */
interface Mysql2Pool {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
}

once(
  'hub_db_pool_connections',
  () =>
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Database connections by state (open, in_use, free); SQLite has one open connection',
      labelNames: ['service', 'state'],
      collect() {
        this.reset();
        for (const [service, db] of pools) {
          if (!db.isInitialized) {
            pools.delete(service);
            continue;
          }
          const pool = (db.driver as { pool?: Mysql2Pool }).pool;
          if (!pool?._allConnections) {
            this.set({ service, state: 'open' }, 1);
            continue;
          }
          const open = pool._allConnections.length;
          const free = pool._freeConnections?.length ?? 0;
          this.set({ service, state: 'open' }, open);
          this.set({ service, state: 'free' }, free);
          this.set({ service, state: 'in_use' }, open - free);
        }
      },
    }),
);

/** Reports this database's connections under `service` on /metrics, until it is destroyed. */
export function watchDatabasePool(service: string, db: DataSource): void {
  pools.set(service, db);
}

/**
 * METRICS_ENABLED=false (read once per process: the registry is the process's) records nothing and
 * answers 404 at /metrics; it is there to measure what metrics cost (`npm run bench`), or for an
 * operator who scrapes nothing.
 */
let enabled: boolean | undefined;
const EVENT_LOOP_SAMPLE_MS = 100;
export function metricsEnabled(): boolean {
  if (enabled === undefined) {
    enabled = booleanEnv(process.env, 'METRICS_ENABLED', true);
    // Process metrics, including the event-loop lag (nodejs_eventloop_lag_*), once per process. The
    // lag is sampled every 100 ms, not prom-client's 10 ms: the 10 ms timer alone cost an idle
    // service 7.8 ms of CPU a second (0.9 ms at 100 ms), a quarter of a core for 34 idle cities on
    // one machine (docs/benchmarks.md), while a lag worth an alert is far longer than 100 ms.
    if (enabled && !register.getSingleMetric('process_cpu_user_seconds_total'))
      collectDefaultMetrics({ eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
  }
  return enabled;
}

/** GET /metrics in Prometheus' text format. */
export async function serveMetrics(_request: Request, response: Response): Promise<void> {
  if (!metricsEnabled()) {
    response.status(404).type('text/plain').send('Metrics are off (METRICS_ENABLED=false)\n');
    return;
  }
  response.set('content-type', register.contentType).send(await register.metrics());
}
