import 'reflect-metadata';
import { Env } from '../../shared/src/env';
import { internalSecret } from '../../shared/src/internal-identity';
import { listen, RunningService, runUntilSignalled } from '../../shared/src/http-service';
import { readCooperationConfig } from './config';
import { openCooperationDatabase } from './database';
import { createCooperationServer } from './server';

/** Starts the cooperation subgraph from configuration: PORT, DATABASE_URL (or the SQLite file). */
export async function startCooperation(env: Env): Promise<RunningService> {
  const config = readCooperationConfig(env);
  const identitySecret = internalSecret(config.identitySecret); // fail before touching the database
  const db = await openCooperationDatabase(config.database);
  const { app, apollo } = await createCooperationServer(db, identitySecret);
  return listen(app, config.port, config.host, async () => {
    await apollo.stop();
    await db.destroy();
  });
}

if (require.main === module) {
  runUntilSignalled(
    () => startCooperation(process.env),
    (url) => `cooperation subgraph ready at ${url}`,
  );
}
