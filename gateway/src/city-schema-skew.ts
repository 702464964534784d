import { buildSubgraph, Supergraph } from '@apollo/federation-internals';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { GraphQLSchema } from 'graphql';
import { CityUnavailableError, ConfigurationError } from '../../services/shared/src/errors';
import { ANONYMOUS } from '../../services/shared/src/identity';
import { logger } from '../../services/shared/src/logging';
import {
  compareFingerprints,
  FingerprintLine,
  schemaFingerprint,
  schemaHash,
  SkewComparison,
} from '../../services/shared/src/schema-fingerprint';
import { CITIES_SUBGRAPH } from '../../services/shared/src/subgraphs';
import { recordSchemaSkew, SchemaSkewStatus } from './city-metrics';
import { CitySchemaGuard, fetchCoordinates, Lag } from './city-schema-behind';
import { CitySchemaReport, listed, schemaReportOf } from './city-schema-report';
import { healthUrlOf } from './subgraph-fetcher';

const SDL_QUERY = '{ _service { sdl } }';
/** How long the start-up look at a city's readiness may take (the gateway's own check waits as long). */
const START_PROBE_MS = 2_000;

/** A city deployment as the monitor reaches it: its readiness at `url`'s /health, its SDL through `source`. */
export interface WatchedCity {
  code: string;
  url: string;
  /** The router's data source for the city, which signs the gateway's identity for it. */
  source: GraphQLDataSource;
}

interface Learnt {
  /** The hashes known to describe `comparison`: the one a city reported, the one its SDL gives. */
  hashes: Set<string>;
  comparison: SkewComparison;
  /** What the city's SDL hashes to. */
  hash: string;
}

/**
 * Version skew between city deployments (README, "Version skew"): per city, the hash of the schema
 * it serves against the `cities` subgraph of the gateway's supergraph, and when they differ, what the
 * city lacks (behind) or has beyond it (ahead), learnt from the city's `_service { sdl }` once per new
 * hash. A city reports its hash in its readiness body and in the x-schema-hash header of every answer.
 */
export class CitySchemaSkew implements CitySchemaGuard {
  readonly expectedHash: string;
  private readonly expected: FingerprintLine[];
  private readonly schema: GraphQLSchema;
  private readonly learnt = new Map<string, Learnt>();
  private readonly learning = new Map<string, Promise<void>>();
  private readonly coordinatesOf: (query: string) => Set<string>;
  private readonly cities: ReadonlyMap<string, WatchedCity>;
  private readonly starting = new Set<Promise<void>>();
  private readonly stopping = new AbortController();

  constructor(supergraphSdl: string, cities: readonly WatchedCity[]) {
    this.cities = new Map(cities.map((city) => [city.code, city]));
    const subgraph = Supergraph.build(supergraphSdl).subgraphs().get(CITIES_SUBGRAPH);
    if (!subgraph) throw new ConfigurationError(`The supergraph has no "${CITIES_SUBGRAPH}" subgraph`);
    this.schema = subgraph.schema.toGraphQLJSSchema();
    this.expected = schemaFingerprint(this.schema);
    this.coordinatesOf = fetchCoordinates(this.schema);
    this.expectedHash = schemaHash(this.expected);
    for (const { code } of cities) recordSchemaSkew(code, 'unknown');
  }

  /**
   * At gateway start, without holding it up: each city's readiness names its hash (no GraphQL request
   * to a city that is current). A city down is known at a later readiness check or answer.
   */
  start(): void {
    for (const { code, url } of this.cities.values()) {
      const signal = AbortSignal.any([this.stopping.signal, AbortSignal.timeout(START_PROBE_MS)]);
      const look = fetch(healthUrlOf(url), { signal })
        .then(async (response) => {
          if (response.ok) await this.readinessReported(code, await response.json());
        })
        .catch(() => undefined)
        .finally(() => this.starting.delete(look));
      this.starting.add(look);
    }
  }

  /**
   * A city's readiness body (`schema: { hash }`), as the gateway's readiness check reads it. A city
   * whose release predates the hash names none: its SDL is asked once.
   */
  readinessReported(code: string, report: unknown): Promise<void> {
    const hash = (report as { schema?: { hash?: unknown } } | undefined)?.schema?.hash;
    if (typeof hash === 'string') return this.reported(code, hash);
    return this.learnt.has(code) || this.stopping.signal.aborted ? Promise.resolve() : this.learn(code);
  }

  /**
   * A city's readiness or answer named its hash: learn its schema if that hash is new (the hash of
   * the supergraph's own needs no asking). Resolves once known, or once asking failed.
   */
  reported(code: string, hash: string | undefined): Promise<void> {
    const inFlight = this.learning.get(code);
    if (inFlight) return inFlight.then(() => this.reported(code, hash));
    if (!hash || this.stopping.signal.aborted || this.learnt.get(code)?.hashes.has(hash)) {
      return Promise.resolve();
    }
    if (hash === this.expectedHash) {
      const comparison: SkewComparison = { status: 'current', missing: [], excess: [] };
      this.settle(code, { hashes: new Set([hash]), comparison, hash });
      return Promise.resolve();
    }
    return this.learn(code, hash);
  }

  noticed(code: string, hash: string | undefined): void {
    if (hash && !this.learnt.get(code)?.hashes.has(hash)) void this.reported(code, hash);
  }

  refused(code: string): void {
    void this.learn(code);
  }

  lacking(code: string, query: string): { fields: string[]; lag: Lag } | undefined {
    const comparison = this.learnt.get(code)?.comparison;
    if (!comparison || (comparison.status !== 'behind' && comparison.status !== 'diverged')) return undefined;
    const used = this.coordinatesOf(query);
    const fields = comparison.missing.filter((coordinate) => used.has(coordinate));
    return fields.length ? { fields, lag: comparison.status } : undefined;
  }

  status(code: string): SchemaSkewStatus {
    return this.learnt.get(code)?.comparison.status ?? 'unknown';
  }

  /** For readiness: each city's status, and for a skewed one what differs. */
  report(): Record<string, CitySchemaReport> {
    const entries = [...this.cities.keys()].map((code) => [
      code,
      schemaReportOf(this.learnt.get(code), this.expectedHash),
    ]);
    return Object.fromEntries(entries) as Record<string, CitySchemaReport>;
  }

  /** Resolves when no city's schema is being looked at or learnt. */
  async settled(): Promise<void> {
    while (this.starting.size + this.learning.size > 0) {
      await Promise.all([...this.starting, ...this.learning.values()]);
    }
  }

  /** Learns nothing more, and waits for what is under way (the gateway's stop, before its connections close). */
  async close(): Promise<void> {
    this.stopping.abort();
    await this.settled();
  }

  private learn(code: string, reportedHash?: string): Promise<void> {
    const inFlight = this.learning.get(code);
    if (inFlight || this.stopping.signal.aborted) return inFlight ?? Promise.resolve();
    const done = this.fetchSchema(code)
      .then((lines) => {
        const hash = schemaHash(lines);
        const hashes = new Set([hash, ...(reportedHash ? [reportedHash] : [])]);
        this.settle(code, { hashes, comparison: compareFingerprints(this.expected, lines), hash });
      })
      .catch((error: unknown) => {
        // Known again at the next readiness check or answer; until then the last status stands.
        logger().info({ city: code, err: error }, 'city schema not learnt');
      })
      .finally(() => this.learning.delete(code));
    this.learning.set(code, done);
    return done;
  }

  private async fetchSchema(code: string): Promise<FingerprintLine[]> {
    const source = this.cities.get(code)?.source;
    if (!source) throw new CityUnavailableError(code, 'the gateway has no deployment configured for it');
    // Signed like any subgraph request (the city refuses anything else), for no one in particular.
    const response = await source.process({
      kind: GraphQLDataSourceRequestKind.LOADING_SCHEMA,
      request: { query: SDL_QUERY },
      context: { identity: ANONYMOUS },
    });
    const sdl = (response.data as { _service?: { sdl?: unknown } } | undefined)?._service?.sdl;
    if (typeof sdl !== 'string') {
      throw new CityUnavailableError(code, `it answered no SDL (${response.errors?.[0]?.message})`);
    }
    return schemaFingerprint(buildSubgraph(CITIES_SUBGRAPH, '', sdl).schema.toGraphQLJSSchema());
  }

  private settle(code: string, next: Learnt): void {
    const before = this.learnt.get(code);
    this.learnt.set(code, next);
    const { status, missing, excess } = next.comparison;
    recordSchemaSkew(code, status);
    if (before?.hash === next.hash) return;
    const details = { city: code, status, hash: next.hash, expected: this.expectedHash };
    if (status === 'current') {
      if (before) logger().info(details, 'city schema matches the supergraph');
      return;
    }
    const skew = { ...details, ...listed('missing', missing), ...listed('excess', excess) };
    logger().warn(skew, `city ${code} schema skew: ${status}`);
  }
}
