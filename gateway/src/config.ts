import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Env, intEnv } from '../../services/shared/src/env';
import { projectRoot } from '../../services/shared/src/project-root';
import { CityEndpoint, parseCityDirectory } from './city-directory';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphSdl: string;
  cities: CityEndpoint[];
  /** Overrides the cooperation URL recorded in the supergraph. */
  cooperationUrl?: string;
  cityTimeoutMs: number;
  cooperationTimeoutMs: number;
}

export const DEFAULT_SUPERGRAPH_FILE = join(projectRoot(), 'schema', 'supergraph.graphql');

export function readGatewayConfig(env: Env): GatewayConfig {
  return {
    port: intEnv(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    supergraphSdl: readFileSync(env.SUPERGRAPH_FILE ?? DEFAULT_SUPERGRAPH_FILE, 'utf8'),
    cities: parseCityDirectory(env.CITIES),
    cooperationUrl: env.COOPERATION_URL || undefined,
    cityTimeoutMs: intEnv(env, 'CITY_TIMEOUT_MS', 5_000),
    cooperationTimeoutMs: intEnv(env, 'COOPERATION_TIMEOUT_MS', 10_000),
  };
}
