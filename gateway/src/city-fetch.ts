import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, GraphQLFormattedError, Kind, parse } from 'graphql';
import { ErrorCode } from '../../services/shared/src/errors';

/**
 * What the router and its two routing rules (entity-routing.ts, root-field-routing.ts) share: the
 * city deployments and how one of them is asked. Kept apart so that the router imports the rules and
 * the rules import this, never each other.
 */
export type ProcessOptions = GraphQLDataSourceProcessOptions<Record<string, unknown>>;
export type RouterResponse = GatewayGraphQLResponse;

export interface CitySource {
  code: string;
  source: GraphQLDataSource;
  /** The same city with the longer deadline of an import (IMPORT_TIMEOUT_MS); `source` when absent. */
  importSource?: GraphQLDataSource;
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

/** What one city said: its GraphQL response, or why it could not be asked. */
export type CityAnswer = { code: string; response: RouterResponse } | { code: string; unavailable: string };

export function cityUnavailable(
  code: string,
  reason: string,
  path?: (string | number)[],
): GraphQLFormattedError {
  return {
    message: `City ${code} is unavailable: ${reason}`,
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.CityUnavailable, cityCode: code },
  };
}

/** The configured city deployments, in gateway order (the order of `CITIES`). */
export class CityDeployments {
  private readonly sources: Map<string, GraphQLDataSource>;
  private readonly importSources: Map<string, GraphQLDataSource>;
  readonly codes: readonly string[];

  constructor(cities: readonly CitySource[]) {
    this.sources = new Map(cities.map(({ code, source }) => [code, source]));
    this.importSources = new Map(
      cities.map(({ code, source, importSource }) => [code, importSource ?? source]),
    );
    this.codes = cities.map(({ code }) => code);
  }

  has(code: string): boolean {
    return this.sources.has(code);
  }

  /** Asks one city; never throws, so that one city's failure cannot take the others' answers with it. */
  async ask(
    code: string,
    options: ProcessOptions,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<CityAnswer> {
    const source = (isImport(query) ? this.importSources : this.sources).get(code);
    if (!source) return { code, unavailable: 'the gateway has no deployment configured for it' };
    try {
      const request = { ...options.request, query, variables, http: undefined };
      const response = await source.process({ ...options, request, document: undefined } as ProcessOptions);
      return { code, response };
    } catch (error) {
      const rejected = graphQLErrorsOf(error);
      return rejected ? { code, response: { errors: rejected } } : { code, unavailable: reasonOf(error) };
    }
  }
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

function reasonOf(error: unknown): string {
  const chain: ErrorLike[] = [];
  for (let link: unknown = error; isErrorLike(link) && chain.length < 5; link = link.cause) chain.push(link);
  const timedOut = chain.some(
    (link) =>
      /^(TimeoutError|AbortError)$/.test(String(link.name)) || /TimeoutError/.test(String(link.message)),
  );
  if (timedOut) return 'it did not answer in time';
  return chain.map((link) => String(link.message)).join(': ') || String(error);
}
