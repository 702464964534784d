import { join } from 'node:path';
import { projectRoot } from '../../shared/src/project-root';
import { DatabaseSettings } from '../../shared/src/database';
import { Env, intEnv } from '../../shared/src/env';
import { gatewayPublicKeysEnv } from '../../shared/src/gateway-keys';
import type { JSONWebKeySet } from 'jose';

export interface CooperationConfig {
  port: number;
  host: string;
  database: DatabaseSettings;
  /**
   * GATEWAY_PUBLIC_KEYS[_FILE]: the gateway's public keys, required when the service starts (scripts
   * that only load data need none). Public only: nothing here can sign an identity.
   */
  gatewayPublicKeys: JSONWebKeySet | undefined;
  /**
   * GATEWAY_URL: the gateway's public /graphql, where the hub checks that the records of cities a
   * write points to exist (services/city-references.ts); without it such writes are refused.
   */
  gatewayUrl: string | undefined;
  /** GATEWAY_TIMEOUT_MS: longer than the gateway's CITY_TIMEOUT_MS, so a slow city is named as such. */
  gatewayTimeoutMs: number;
}

export function readCooperationConfig(env: Env): CooperationConfig {
  return {
    port: intEnv(env, 'PORT', 4001),
    host: env.HOST ?? '127.0.0.1',
    gatewayPublicKeys: gatewayPublicKeysEnv(env),
    gatewayUrl: env.GATEWAY_URL || undefined,
    gatewayTimeoutMs: intEnv(env, 'GATEWAY_TIMEOUT_MS', 10_000),
    database: {
      url: env.DATABASE_URL || undefined,
      sqliteFile: env.SQLITE_FILE ?? join(env.DATA_DIR ?? join(projectRoot(), 'data'), 'cooperation.sqlite'),
    },
  };
}
