import { Env } from '../../services/shared/src/env';
import { shutdownTimeoutEnv } from '../../services/shared/src/graceful-shutdown';
import { listen, RunningService, runUntilSignalled } from '../../services/shared/src/http-service';
import { readGatewayConfig } from './config';
import { createGatewayServer } from './server';

/**
 * Starts the gateway from configuration: PORT, CITIES, COOPERATION_URL, SUPERGRAPH_FILE, timeouts,
 * SHUTDOWN_TIMEOUT_MS.
 */
export async function startGateway(env: Env): Promise<RunningService> {
  const config = readGatewayConfig(env);
  const shutdownTimeoutMs = shutdownTimeoutEnv(env);
  const { app, stop } = await createGatewayServer(config);
  return listen(app, config.port, config.host, stop, shutdownTimeoutMs);
}

if (require.main === module) {
  runUntilSignalled(
    () => startGateway(process.env),
    (url) => `gateway ready at ${url}`,
  );
}
