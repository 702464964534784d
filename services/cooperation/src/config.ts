import { join } from 'node:path';
import { projectRoot } from '../../shared/src/project-root';
import { DatabaseSettings } from '../../shared/src/database';
import { Env, intEnv, secretEnv } from '../../shared/src/env';

export interface CooperationConfig {
  port: number;
  host: string;
  database: DatabaseSettings;
  /** INTERNAL_IDENTITY_SECRET, checked when the service starts (scripts that only load data need none). */
  identitySecret: string | undefined;
}

export function readCooperationConfig(env: Env): CooperationConfig {
  return {
    port: intEnv(env, 'PORT', 4001),
    host: env.HOST ?? '127.0.0.1',
    identitySecret: secretEnv(env, 'INTERNAL_IDENTITY_SECRET'),
    database: {
      url: env.DATABASE_URL || undefined,
      sqliteFile: env.SQLITE_FILE ?? join(env.DATA_DIR ?? join(projectRoot(), 'data'), 'cooperation.sqlite'),
    },
  };
}
