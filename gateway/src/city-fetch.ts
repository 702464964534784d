import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, GraphQLFormattedError, Kind, parse } from 'graphql';
import { ErrorCode } from '../../services/shared/src/errors';
import { SCHEMA_HASH_HEADER } from '../../services/shared/src/schema-fingerprint';
import type { CityAnswer, Unavailability } from './city-answer';
import { CityAnswerReuse } from './city-answer-reuse';
import { CityBreaker } from './city-breaker';
import { cityFetchSeconds, cityShortCircuits } from './city-metrics';
import { CitySchemaGuard, citySchemaBehind, explainRefusal } from './city-schema-behind';

/**
 * What the router and its two routing rules (entity-routing.ts, root-field-routing.ts) share: the
 * city deployments and how one of them is asked. Kept apart so that the router imports the rules and
 * the rules import this, never each other.
 */
export type { CityAnswer, RouterResponse, Unavailability } from './city-answer';
export type ProcessOptions = GraphQLDataSourceProcessOptions<Record<string, unknown>>;

export interface CitySource {
  code: string;
  source: GraphQLDataSource;
  /** The same city with the longer deadline of an import (IMPORT_TIMEOUT_MS); `source` when absent. */
  importSource?: GraphQLDataSource;
  /** Shared by both sources; without one the city is always asked (the router's unit tests). */
  breaker?: CityBreaker;
}

/** The one root field allowed longer than CITY_TIMEOUT_MS: checking and writing a 9 MB sheet takes tens of seconds. */
const IMPORT_FIELD = 'importCityRecords';

/** Whether a fetch runs an import (by field name, so an alias cannot pass for one). */
function isImport(query: string): boolean {
  if (!query.includes(IMPORT_FIELD)) return false;
  try {
    return parse(query).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === 'mutation' &&
        definition.selectionSet.selections.some(
          (selection) => selection.kind === Kind.FIELD && selection.name.value === IMPORT_FIELD,
        ),
    );
  } catch {
    return false;
  }
}

/** Who asks, as far as a city's answer may depend on it: fetches are shared only between equals. */
function askerOf(options: ProcessOptions): string {
  return JSON.stringify((options.context as { identity?: unknown } | undefined)?.identity ?? null);
}

export function cityUnavailable(
  code: string,
  unavailability: Unavailability,
  path?: (string | number)[],
): GraphQLFormattedError {
  const { because, reason } =
    typeof unavailability === 'string' ? { because: unavailability, reason: undefined } : unavailability;
  return {
    message: `City ${code} is unavailable: ${because}`,
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.CityUnavailable, cityCode: code, ...(reason ? { reason } : {}) },
  };
}

function circuitOpen(breaker: CityBreaker): Unavailability {
  const { failures, resetMs } = breaker.settings;
  const pause = resetMs % 1_000 === 0 ? `${resetMs / 1_000} s` : `${resetMs} ms`;
  return {
    because: `it failed ${failures} times in a row and is asked again only after a pause of ${pause}`,
    reason: 'circuit-open',
  };
}

/** The configured city deployments, in gateway order (the order of `CITIES`). */
export class CityDeployments {
  private readonly sources: Map<string, GraphQLDataSource>;
  private readonly importSources: Map<string, GraphQLDataSource>;
  private readonly breakers: Map<string, CityBreaker>;
  readonly codes: readonly string[];
  /** The schema skew monitor, once the gateway server attaches one (README, "Version skew"). */
  guard?: CitySchemaGuard;

  constructor(
    cities: readonly CitySource[],
    /** In-flight sharing and, when configured, the cache of cities' public answers (city-answer-reuse.ts). */
    private readonly reuse = new CityAnswerReuse(),
  ) {
    this.sources = new Map(cities.map(({ code, source }) => [code, source]));
    this.importSources = new Map(
      cities.map(({ code, source, importSource }) => [code, importSource ?? source]),
    );
    this.breakers = new Map(cities.flatMap(({ code, breaker }) => (breaker ? [[code, breaker]] : [])));
    this.codes = cities.map(({ code }) => code);
  }

  has(code: string): boolean {
    return this.sources.has(code);
  }

  /**
   * Asks one city, unless its breaker is open or its schema is known to lack what the query asks;
   * never throws, so that one city's failure cannot take the others' answers with it.
   */
  async ask(
    code: string,
    options: ProcessOptions,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<CityAnswer> {
    const source = (isImport(query) ? this.importSources : this.sources).get(code);
    if (!source) return { code, unavailable: 'the gateway has no deployment configured for it' };
    const behind = this.guard?.lacking(code, query);
    if (behind) {
      return {
        code,
        response: { errors: citySchemaBehind(code, behind.fields, behind.lag, query, variables) },
      };
    }
    const breaker = this.breakers.get(code);
    if (breaker?.admit() === 'refuse') {
      cityShortCircuits.inc({ city: code });
      return { code, unavailable: circuitOpen(breaker) };
    }
    return this.reuse.answer(code, query, variables, askerOf(options), {
      fetch: () => this.fetch(code, breaker, source, options, query, variables),
      check: (call) => this.check(code, breaker, call),
    });
  }

  /**
   * A short call to the city besides the fetch (its data version), counted like a fetch: by the
   * breaker and the fetch histogram. An unreachable city is answered unavailable without a fetch.
   */
  private async check<T>(code: string, breaker: CityBreaker | undefined, call: () => Promise<T>) {
    const stopTimer = cityFetchSeconds.startTimer({ city: code });
    try {
      const result = await call();
      stopTimer({ outcome: 'ok' });
      breaker?.succeeded();
      return { result };
    } catch (error) {
      stopTimer({ outcome: timedOut(error) ? 'timeout' : 'error' });
      breaker?.failed();
      return { unavailable: { code, unavailable: reasonOf(error) } satisfies CityAnswer };
    }
  }

  /** One fetch from one city, counted by its breaker. */
  private async fetch(
    code: string,
    breaker: CityBreaker | undefined,
    source: GraphQLDataSource,
    options: ProcessOptions,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<CityAnswer> {
    const stopTimer = cityFetchSeconds.startTimer({ city: code });
    try {
      const request = { ...options.request, query, variables, http: undefined };
      const response = await source.process({ ...options, request, document: undefined } as ProcessOptions);
      stopTimer({ outcome: 'ok' });
      breaker?.succeeded();
      this.guard?.noticed(code, response.http?.headers.get(SCHEMA_HASH_HEADER) ?? undefined);
      return { code, response: explainRefusal(code, response, query, variables, this.guard) };
    } catch (error) {
      const outcome = outcomeOf(error);
      stopTimer({ outcome });
      if (outcome === 'ok') breaker?.succeeded();
      else breaker?.failed();
      const rejected = graphQLErrorsOf(error);
      if (!rejected) return { code, unavailable: reasonOf(error) };
      return { code, response: explainRefusal(code, { errors: rejected }, query, variables, this.guard) };
    }
  }

  ready(): Promise<void> {
    return this.reuse.ready();
  }

  close(): Promise<void> {
    return this.reuse.close();
  }
}

/**
 * For the breaker and the fetch histogram: a city that answered an HTTP error below 500 (a refusal
 * with GraphQL errors) is up; a timeout, a connection error or a 5xx counts against it.
 */
function outcomeOf(error: unknown): 'ok' | 'timeout' | 'error' {
  if (error instanceof GraphQLError) {
    const status = (error.extensions.response as { status?: unknown } | undefined)?.status;
    if (typeof status === 'number') return status < 500 ? 'ok' : 'error';
  }
  return timedOut(error) ? 'timeout' : 'error';
}

/** A city that answered with an HTTP error carrying GraphQL errors did answer: pass those on. */
function graphQLErrorsOf(error: unknown): GraphQLFormattedError[] | null {
  if (!(error instanceof GraphQLError)) return null;
  const body = (error.extensions.response as { body?: { errors?: unknown } } | undefined)?.body;
  return Array.isArray(body?.errors) && body.errors.length > 0
    ? (body.errors as GraphQLFormattedError[])
    : null;
}

type ErrorLike = { name?: unknown; message?: unknown; cause?: unknown };

// Duck-typed: fetch errors may come from another realm (undici's DOMException), failing instanceof.
function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && 'message' in value;
}

function causesOf(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let link: unknown = error; isErrorLike(link) && chain.length < 5; link = link.cause) chain.push(link);
  return chain;
}

function timedOut(error: unknown): boolean {
  return causesOf(error).some(
    (link) =>
      /^(TimeoutError|AbortError)$/.test(String(link.name)) || /TimeoutError/.test(String(link.message)),
  );
}

function reasonOf(error: unknown): string {
  if (timedOut(error)) return 'it did not answer in time';
  return (
    causesOf(error)
      .map((link) => String(link.message))
      .join(': ') || String(error)
  );
}
