import { join } from 'node:path';
import { projectRoot } from '../../shared/src/project-root';
import { CitySettings, DEFAULT_CITY_SETTINGS } from './services/city-context';
import { DatabaseSettings } from '../../shared/src/database';
import { cityCodeEnv, Env, intEnv } from '../../shared/src/env';
import { gatewayPublicKeysEnv } from '../../shared/src/gateway-keys';
import type { JSONWebKeySet } from 'jose';

export interface CityConfig {
  cityCode: string;
  port: number;
  host: string;
  database: DatabaseSettings;
  settings: CitySettings;
  /**
   * GATEWAY_PUBLIC_KEYS[_FILE]: the gateway's public keys, required when the service starts (scripts
   * that only load data need none). Public only: nothing here can sign an identity.
   */
  gatewayPublicKeys: JSONWebKeySet | undefined;
  /**
   * MAX_BODY_BYTES: the largest request body. An import carries its file (up to the gateway's
   * MAX_UPLOAD_BYTES, 10 MB) in base64, a third larger, inside JSON; read only once the gateway's
   * signed identity has been checked.
   */
  bodyLimit: string;
}

export const DEFAULT_CITY_BODY_BYTES = 16 * 1024 * 1024;

export function readCityConfig(env: Env): CityConfig {
  const cityCode = cityCodeEnv(env, 'CITY_CODE');
  return {
    cityCode,
    port: intEnv(env, 'PORT', 4100),
    host: env.HOST ?? '127.0.0.1',
    settings: {
      initiativeGrades: (env.INITIATIVE_GRADES ?? DEFAULT_CITY_SETTINGS.initiativeGrades.join(','))
        .split(',')
        .map((grade) => grade.trim())
        .filter(Boolean),
    },
    gatewayPublicKeys: gatewayPublicKeysEnv(env),
    bodyLimit: `${intEnv(env, 'MAX_BODY_BYTES', DEFAULT_CITY_BODY_BYTES)}b`,
    database: {
      url: env.DATABASE_URL || undefined,
      sqliteFile:
        env.SQLITE_FILE ?? join(env.DATA_DIR ?? join(projectRoot(), 'data'), `city-${cityCode}.sqlite`),
    },
  };
}
