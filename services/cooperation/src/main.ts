import 'reflect-metadata';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { traceQueries } from '../../shared/src/database-tracing';
import { Env } from '../../shared/src/env';
import { shutdownTimeoutEnv } from '../../shared/src/graceful-shutdown';
import { requireGatewayPublicKeys } from '../../shared/src/gateway-keys';
import { COOPERATION_AUDIENCE, createInternalIdentityVerifier } from '../../shared/src/internal-identity';
import { listen, RunningService, runUntilSignalled } from '../../shared/src/http-service';
import { startTracing } from '../../shared/src/tracing';
import { readCooperationConfig } from './config';
import { openCooperationDatabase } from './database';
import { createCooperationServer } from './server';
import { GatewayReferenceCheck } from './services/city-references';

export interface RunningCooperation extends RunningService {
  /** Points reference checks at a gateway started after the hub (the test federation's free ports). */
  useGateway(url: string): void;
}

/**
 * Starts the cooperation subgraph from configuration: PORT, DATABASE_URL (or the SQLite file),
 * GATEWAY_URL, SHUTDOWN_TIMEOUT_MS, OTEL_* (traces, off by default; `spanExporter` for a test's).
 */
export async function startCooperation(
  env: Env,
  extras: { spanExporter?: SpanExporter } = {},
): Promise<RunningCooperation> {
  const config = readCooperationConfig(env);
  const shutdownTimeoutMs = shutdownTimeoutEnv(env);
  // Fail before touching the database. The hub accepts only identities addressed to it.
  const verifyIdentity = createInternalIdentityVerifier(
    requireGatewayPublicKeys(config.gatewayPublicKeys),
    COOPERATION_AUDIENCE,
  );
  const tracing = startTracing('cooperation', env, { exporter: extras.spanExporter });
  const db = await openCooperationDatabase(config.database);
  traceQueries(db, tracing.tracer);
  const references = new GatewayReferenceCheck(config.gatewayUrl, config.gatewayTimeoutMs, tracing.tracer);
  const { app, apollo } = await createCooperationServer(db, verifyIdentity, references, tracing.tracer);
  const service = await listen(
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
  return { ...service, useGateway: (url) => references.useGateway(url) };
}

if (require.main === module) {
  runUntilSignalled(
    () => startCooperation(process.env),
    (url) => `cooperation subgraph ready at ${url}`,
  );
}
