import { join } from 'node:path';
import { projectRoot } from '../../shared/src/project-root';
import { CitySettings, DEFAULT_CITY_SETTINGS } from './services/city-context';
import { DatabaseSettings } from '../../shared/src/database';
import { cityCodeEnv, Env, intEnv, secretEnv } from '../../shared/src/env';

export interface CityConfig {
  cityCode: string;
  port: number;
  host: string;
  database: DatabaseSettings;
  settings: CitySettings;
  /** INTERNAL_IDENTITY_SECRET, checked when the service starts (scripts that only load data need none). */
  identitySecret: string | undefined;
}

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
    identitySecret: secretEnv(env, 'INTERNAL_IDENTITY_SECRET'),
    database: {
      url: env.DATABASE_URL || undefined,
      sqliteFile:
        env.SQLITE_FILE ?? join(env.DATA_DIR ?? join(projectRoot(), 'data'), `city-${cityCode}.sqlite`),
    },
  };
}
