import 'reflect-metadata';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { traceQueries } from '../../shared/src/database-tracing';
import { listen, RunningService, runUntilSignalled } from '../../shared/src/http-service';
import { Env } from '../../shared/src/env';
import { shutdownTimeoutEnv } from '../../shared/src/graceful-shutdown';
import { requireGatewayPublicKeys } from '../../shared/src/gateway-keys';
import { cityAudience, createInternalIdentityVerifier } from '../../shared/src/internal-identity';
import { startTracing } from '../../shared/src/tracing';
import { readCityConfig } from './config';
import { openCityDatabase } from './database';
import { createCityServer } from './server';

/**
 * Starts one city deployment from configuration: CITY_CODE, PORT, DATABASE_URL (or the SQLite file),
 * SHUTDOWN_TIMEOUT_MS, OTEL_* (traces, off by default; `spanExporter` for a test's).
 */
export async function startCity(
  env: Env,
  extras: { spanExporter?: SpanExporter } = {},
): Promise<RunningService & { cityCode: string }> {
  const config = readCityConfig(env);
  const shutdownTimeoutMs = shutdownTimeoutEnv(env);
  // Fail before touching the database. This city accepts only identities addressed to it.
  const verifyIdentity = createInternalIdentityVerifier(
    requireGatewayPublicKeys(config.gatewayPublicKeys),
    cityAudience(config.cityCode),
  );
  const tracing = startTracing(`city-${config.cityCode}`, env, { exporter: extras.spanExporter });
  const db = await openCityDatabase(config.database, config.cityCode);
  traceQueries(db, tracing.tracer);
  const { app, apollo } = await createCityServer(
    db,
    config.cityCode,
    verifyIdentity,
    config.settings,
    config.bodyLimit,
    undefined, // the code's own schema
    tracing.tracer,
  );
  const running = await listen(
    app,
    config.port,
    config.host,
    async () => {
      await apollo.stop();
      await db.destroy();
      await tracing.shutdown();
    },
    shutdownTimeoutMs,
  );
  return { ...running, cityCode: config.cityCode };
}

if (require.main === module) {
  runUntilSignalled(
    () => startCity(process.env),
    (url) => `city ${process.env.CITY_CODE} subgraph ready at ${url}`,
  );
}
