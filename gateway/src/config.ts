import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { booleanEnv, Env, intEnv } from '../../services/shared/src/env';
import { ConfigurationError } from '../../services/shared/src/errors';
import { gatewaySigningKeyEnv, GatewaySigningKey } from '../../services/shared/src/gateway-keys';
import { projectRoot } from '../../services/shared/src/project-root';
import type { Tracer } from '@opentelemetry/api';
import type { AbuseLimits } from './abuse-limits';
import type { TokenSettings } from './authentication';
import { BreakerSettings, DEFAULT_BREAKER_SETTINGS } from './city-breaker';
import { CityEndpoint, parseCityDirectory } from './city-directory';
import { readClaimMapping } from './claim-mapping';
import { parseCorsOrigins } from './cors-policy';
import { readSignInSettings, SignInSettings } from './sign-in-config';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphSdl: string;
  cities: CityEndpoint[];
  /** Overrides the cooperation URL recorded in the supergraph. */
  cooperationUrl?: string;
  cityTimeoutMs: number;
  /** CITY_BREAKER_FAILURES / CITY_BREAKER_RESET_MS: when a failing city is short-circuited (city-breaker.ts). */
  cityBreaker: BreakerSettings;
  cooperationTimeoutMs: number;
  /** IMPORT_TIMEOUT_MS: the deadline of a city's importCityRecords, which outlasts CITY_TIMEOUT_MS. */
  importTimeoutMs: number;
  tokens: TokenSettings;
  /** GATEWAY_SIGNING_KEY[_FILE]: the private key of the identity sent to subgraphs (gateway only). */
  identitySigningKey: GatewaySigningKey | undefined;
  limits: AbuseLimits;
  bodyLimit: string;
  /** MAX_UPLOAD_BYTES: the largest file POST /import accepts (import-upload.ts). */
  maxUploadBytes: number;
  allowBatchedRequests: boolean;
  /** The built web app (`npm run build -w dashboard`), served at `/`; its graphiql.html is the IDE. */
  dashboardDir: string;
  /** Exact origins allowed to call /graphql from a browser; empty means no CORS headers at all. */
  corsOrigins: string[];
  /** The OpenID Connect provider the web app signs in with (GET /auth-config.json). */
  signIn: SignInSettings;
  /** The gateway's spans (main.ts starts tracing from the OTEL_* variables); absent when off. */
  tracer?: Tracer;
  /** CITY_CACHE, REDIS_URL, CITY_CACHE_ENTRIES, CITY_VERSION_TTL_MS (city-answer-reuse.ts). */
  cityCache: CityCacheSettings;
}

export interface CityCacheSettings {
  enabled: boolean;
  redisUrl?: string;
  maxEntries: number;
  versionTtlMs: number;
}

function readCityCacheSettings(env: Env): CityCacheSettings {
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new ConfigurationError(
      `REDIS_URL must start with redis:// or rediss:// (got "${redisUrl.split(':')[0]}:")`,
    );
  }
  return {
    enabled: booleanEnv(env, 'CITY_CACHE', true),
    redisUrl,
    maxEntries: intEnv(env, 'CITY_CACHE_ENTRIES', 10_000),
    versionTtlMs: intEnv(env, 'CITY_VERSION_TTL_MS', 1_000),
  };
}

export const DEFAULT_SUPERGRAPH_FILE = join(projectRoot(), 'schema', 'supergraph.graphql');
export const DEFAULT_DASHBOARD_DIR = join(projectRoot(), 'dashboard', 'dist');
/** The largest sheet POST /import takes: officers' files run to a few MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function readGatewayConfig(env: Env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const introspection = booleanEnv(env, 'INTROSPECTION', !production);
  return {
    port: intEnv(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    supergraphSdl: readFileSync(env.SUPERGRAPH_FILE ?? DEFAULT_SUPERGRAPH_FILE, 'utf8'),
    cities: parseCityDirectory(env.CITIES),
    cooperationUrl: env.COOPERATION_URL || undefined,
    cityTimeoutMs: intEnv(env, 'CITY_TIMEOUT_MS', 5_000),
    cityBreaker: {
      failures: intEnv(env, 'CITY_BREAKER_FAILURES', DEFAULT_BREAKER_SETTINGS.failures),
      resetMs: intEnv(env, 'CITY_BREAKER_RESET_MS', DEFAULT_BREAKER_SETTINGS.resetMs),
    },
    cooperationTimeoutMs: intEnv(env, 'COOPERATION_TIMEOUT_MS', 10_000),
    importTimeoutMs: intEnv(env, 'IMPORT_TIMEOUT_MS', 120_000),
    tokens: {
      jwksFile: env.JWKS_FILE || undefined,
      jwksUrl: env.JWKS_URL || undefined,
      issuer: env.JWT_ISSUER ?? 'union-hub',
      audience: env.JWT_AUDIENCE ?? 'union-hub-api',
      algorithms: (env.JWT_ALGORITHMS ?? 'ES256,EdDSA,RS256').split(',').map((name) => name.trim()),
      claims: readClaimMapping(env),
    },
    identitySigningKey: gatewaySigningKeyEnv(env),
    limits: {
      maxDepth: intEnv(env, 'MAX_DEPTH', 12),
      maxAliases: intEnv(env, 'MAX_ALIASES', 30),
      maxTokens: intEnv(env, 'MAX_TOKENS', 3_000),
      maxDirectives: intEnv(env, 'MAX_DIRECTIVES', 30),
      maxCost: intEnv(env, 'MAX_COST', 20_000),
      assumedListSize: intEnv(env, 'ASSUMED_LIST_SIZE', 10),
      introspection,
    },
    bodyLimit: `${intEnv(env, 'MAX_BODY_BYTES', 100_000)}b`,
    maxUploadBytes: intEnv(env, 'MAX_UPLOAD_BYTES', DEFAULT_MAX_UPLOAD_BYTES),
    allowBatchedRequests: booleanEnv(env, 'ALLOW_BATCHED_REQUESTS', false),
    dashboardDir: resolve(env.DASHBOARD_DIR || DEFAULT_DASHBOARD_DIR),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    signIn: readSignInSettings(env),
    cityCache: readCityCacheSettings(env),
  };
}
