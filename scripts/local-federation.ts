/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely, as a client would */
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { startCity } from '../services/city/src/main';
import { openCityDatabase } from '../services/city/src/database';
import { startCooperation } from '../services/cooperation/src/main';
import { openCooperationDatabase } from '../services/cooperation/src/database';
import { RunningService } from '../services/shared/src/http-service';
import { formatCityDirectory } from '../gateway/src/city-directory';
import { startGateway } from '../gateway/src/main';
import { loadCityDemo, loadCooperationDemo } from './demo-loader';
import { foldDemoPredecessors } from './merge-city/demo';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DemoKeys,
  ensureDemoKeys,
  gatewayKeyEnv,
  signDemoToken,
  subgraphKeyEnv,
  TokenClaims,
} from './demo-keys';
import { createTestDatabase, envFor, TestDatabase } from './throwaway-databases';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface FederationOptions {
  /** City codes to deploy with demo data, in gateway order; names for cities other than HN/HP. */
  cities?: { code: string; name: string }[];
  /** Extra CITIES entries, e.g. an unreachable or never-answering city. */
  extraCityUrls?: Record<string, string>;
  cityTimeoutMs?: number;
  /** Extra gateway settings, e.g. tighter abuse limits. */
  gatewayEnv?: Record<string, string>;
  /** Settings for every service (gateway, cooperation, each city), e.g. OTEL_* for a benchmark. */
  serviceEnv?: Record<string, string>;
  /** One span exporter for all four services (tests: InMemorySpanExporter); tracing is off without it. */
  spanExporter?: SpanExporter;
  /**
   * Fold the demo predecessors into their successors (the former Hải Dương into HP), as `npm start`
   * does. Off by default: it adds about three seconds to a start, and most suites need HP's own only.
   */
  foldPredecessors?: boolean;
}

export interface RunningFederation {
  gatewayUrl: string;
  cityUrls: Record<string, string>;
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  /** A client token for these claims, signed with this federation's demo key. */
  tokenFor(claims: TokenClaims, lifetime?: string): Promise<string>;
  keys: DemoKeys;
  /** The environment a service (a city code, "cooperation" or "gateway") was started with. */
  envOf(service: string): Record<string, string>;
  /** GraphQL requests a service has received so far (a city code or "cooperation"). */
  requestsTo(service: string): number;
  stopCity(code: string): Promise<void>;
  /** TCP connections a city has accepted so far. */
  connectionsTo(code: string): number;
  close(): Promise<void>;
}

export const HN_HP = [
  { code: 'HN', name: 'Hà Nội' },
  { code: 'HP', name: 'Hải Phòng' },
];

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

/**
 * HN, HP (or the cities asked for), cooperation and the gateway over real HTTP on free ports, in this
 * process, on throwaway databases with the demo data: what the federation tests and the benchmark use.
 */
export async function startFederation(options: FederationOptions = {}): Promise<RunningFederation> {
  const databases: TestDatabase[] = [];
  const services = new Map<string, RunningService>();
  const keyDir = mkdtempSync(join(tmpdir(), 'uft-keys-'));
  try {
    return await start(options, databases, services, await ensureDemoKeys(keyDir));
  } catch (error) {
    for (const service of services.values()) await service.close();
    for (const database of databases) await database.drop();
    rmSync(keyDir, { recursive: true, force: true });
    throw error;
  }
}

async function start(
  options: FederationOptions,
  databases: TestDatabase[],
  services: Map<string, RunningService>,
  keys: DemoKeys,
): Promise<RunningFederation> {
  // The gateway's private key goes to the gateway only; subgraphs get its public keys only.
  const subgraphKeys = subgraphKeyEnv(keys);
  const envs = new Map<string, Record<string, string>>();
  const cities = options.cities ?? HN_HP;

  const cooperationDb = await createTestDatabase('cooperation');
  databases.push(cooperationDb);
  const seededCooperation = await openCooperationDatabase(cooperationDb.settings);
  await loadCooperationDemo(
    seededCooperation,
    cities
      .filter(({ code }) => code !== 'HN' && code !== 'HP')
      .map(({ code, name }) => ({ code, name, joinedOn: '2026-11-01' })),
  );
  await seededCooperation.destroy();
  const { spanExporter } = options;
  envs.set('cooperation', { ...options.serviceEnv, ...subgraphKeys, PORT: '0', ...envFor(cooperationDb) });
  const cooperation = await startCooperation(envs.get('cooperation')!, { spanExporter });
  services.set('cooperation', cooperation);

  for (const { code, name } of cities) {
    const cityDb = await createTestDatabase(`city${code}`);
    databases.push(cityDb);
    const seeded = await openCityDatabase(cityDb.settings, code);
    await loadCityDemo(seeded, code, name);
    if (options.foldPredecessors) await foldDemoPredecessors(seeded, code);
    await seeded.destroy();
    envs.set(code, { ...options.serviceEnv, ...subgraphKeys, CITY_CODE: code, PORT: '0', ...envFor(cityDb) });
    services.set(code, await startCity(envs.get(code)!, { spanExporter }));
  }

  const cityUrls = Object.fromEntries(cities.map(({ code }) => [code, services.get(code)!.url]));
  const cityList = { ...cityUrls, ...(options.extraCityUrls ?? {}) };
  envs.set('gateway', {
    ...options.serviceEnv,
    ...gatewayKeyEnv(keys),
    ...options.gatewayEnv,
    PORT: '0',
    CITIES: formatCityDirectory(Object.entries(cityList).map(([code, url]) => ({ code, url }))),
    COOPERATION_URL: services.get('cooperation')!.url,
    CITY_TIMEOUT_MS: String(options.cityTimeoutMs ?? 5_000),
  });
  // The gateway's provider is also the global one, so that @apollo/gateway's own spans are in the trace.
  const gateway = await startGateway(envs.get('gateway')!, { spanExporter, globalTracing: true });
  // The hub checks references to cities' records through the gateway, whose port is known only now.
  cooperation.useGateway(gateway.url);
  envs.get('cooperation')!.GATEWAY_URL = gateway.url;

  const stopped = new Set<string>();
  return {
    gatewayUrl: gateway.url,
    cityUrls,
    query: (query, variables, token) => postGraphQL(gateway.url, query, variables, token),
    tokenFor: (claims, lifetime) => signDemoToken(keys, claims, lifetime),
    keys,
    envOf: (service) => ({ ...envs.get(service) }),
    requestsTo: (service) => services.get(service)?.graphqlRequests() ?? 0,
    connectionsTo: (code) => services.get(code)?.acceptedConnections() ?? 0,
    stopCity: async (code) => {
      stopped.add(code);
      await services.get(code)?.close();
    },
    close: async () => {
      await gateway.close();
      for (const [name, service] of services) if (!stopped.has(name)) await service.close();
      for (const database of databases) await database.drop();
      rmSync(keys.dir, { recursive: true, force: true });
    },
  };
}
