import 'reflect-metadata';
import { Env } from '../../shared/src/env';
import { shutdownTimeoutEnv } from '../../shared/src/graceful-shutdown';
import { requireGatewayPublicKeys } from '../../shared/src/gateway-keys';
import { COOPERATION_AUDIENCE, createInternalIdentityVerifier } from '../../shared/src/internal-identity';
import { listen, RunningService, runUntilSignalled } from '../../shared/src/http-service';
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
 * GATEWAY_URL, SHUTDOWN_TIMEOUT_MS.
 */
export async function startCooperation(env: Env): Promise<RunningCooperation> {
  const config = readCooperationConfig(env);
  const shutdownTimeoutMs = shutdownTimeoutEnv(env);
  // Fail before touching the database. The hub accepts only identities addressed to it.
  const verifyIdentity = createInternalIdentityVerifier(
    requireGatewayPublicKeys(config.gatewayPublicKeys),
    COOPERATION_AUDIENCE,
  );
  const db = await openCooperationDatabase(config.database);
  const references = new GatewayReferenceCheck(config.gatewayUrl, config.gatewayTimeoutMs);
  const { app, apollo } = await createCooperationServer(db, verifyIdentity, references);
  const service = await listen(
    app,
    config.port,
    config.host,
    async () => {
      await apollo.stop();
      await db.destroy();
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
