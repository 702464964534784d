import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { Env } from '../../services/shared/src/env';
import { shutdownTimeoutEnv } from '../../services/shared/src/graceful-shutdown';
import { listen, RunningService, runUntilSignalled } from '../../services/shared/src/http-service';
import { startTracing } from '../../services/shared/src/tracing';
import { readGatewayConfig } from './config';
import { createGatewayServer } from './server';

export interface GatewayExtras {
  /** A test's span exporter (tracing.ts); otherwise the OTEL_* variables decide. */
  spanExporter?: SpanExporter;
  /** Make its provider the process's global one, for @apollo/gateway's own spans (one per process). */
  globalTracing?: boolean;
}

/**
 * Starts the gateway from configuration: PORT, CITIES, COOPERATION_URL, SUPERGRAPH_FILE, timeouts,
 * SHUTDOWN_TIMEOUT_MS, OTEL_* (traces, off by default).
 */
export async function startGateway(env: Env, extras: GatewayExtras = {}): Promise<RunningService> {
  const config = readGatewayConfig(env);
  const shutdownTimeoutMs = shutdownTimeoutEnv(env);
  const tracing = startTracing('gateway', env, {
    exporter: extras.spanExporter,
    registerGlobally: extras.globalTracing,
  });
  const { app, stop } = await createGatewayServer({ ...config, tracer: tracing.tracer });
  const close = async () => {
    await stop();
    await tracing.shutdown(); // last: the spans of the requests drained above go out
  };
  return listen(app, config.port, config.host, close, shutdownTimeoutMs);
}

if (require.main === module) {
  runUntilSignalled(
    () => startGateway(process.env, { globalTracing: true }),
    (url) => `gateway ready at ${url}`,
  );
}
