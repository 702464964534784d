import { join } from 'node:path';
import { projectRoot } from '../../shared/src/project-root';
import { DatabaseSettings } from '../../shared/src/database';
import { Env, intEnv } from '../../shared/src/env';
import { internalSecret } from '../../shared/src/internal-identity';

export interface CooperationConfig {
  port: number;
  host: string;
  database: DatabaseSettings;
  identitySecret: Uint8Array;
}

export function readCooperationConfig(env: Env): CooperationConfig {
  return {
    port: intEnv(env, 'PORT', 4001),
    host: env.HOST ?? '127.0.0.1',
    identitySecret: internalSecret(env.INTERNAL_IDENTITY_SECRET),
    database: {
      url: env.DATABASE_URL || undefined,
      sqliteFile: env.SQLITE_FILE ?? join(env.DATA_DIR ?? join(projectRoot(), 'data'), 'cooperation.sqlite'),
    },
  };
}
