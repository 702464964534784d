import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { ErrorCode } from '../../services/shared/src/errors';
import { EntityRoutingTable } from './entity-routing-table';
import { routeEntities } from './entity-routing';
import { parseFetch, splitDocument } from './operation-document';
import { routeRootFields } from './root-field-routing';

export type ProcessOptions = GraphQLDataSourceProcessOptions<Record<string, unknown>>;
export type RouterResponse = GatewayGraphQLResponse;

export interface CitySource {
  code: string;
  source: GraphQLDataSource;
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

/**
 * The data source for the `cities` subgraph. Federation routes by type, never by value; this router
 * routes by value (DESIGN.md, "The city shard router"): entity fetches by each representation's
 * city, root fields by their `cityCode` argument, and city-wide contributions to every city.
 */
export class CityShardRouter implements GraphQLDataSource {
  private readonly sources: Map<string, GraphQLDataSource>;

  constructor(
    readonly cities: readonly CitySource[],
    readonly routing: EntityRoutingTable,
  ) {
    this.sources = new Map(cities.map(({ code, source }) => [code, source]));
  }

  get cityCodes(): string[] {
    return this.cities.map(({ code }) => code);
  }

  hasCity(code: string): boolean {
    return this.sources.has(code);
  }

  async process(options: ProcessOptions): Promise<RouterResponse> {
    const document = 'document' in options ? options.document : undefined;
    const fetch = splitDocument(document ?? parseFetch(options.request.query ?? ''));
    const [root] = fetch.operation.selectionSet.selections;
    const isEntityFetch =
      fetch.operation.selectionSet.selections.length === 1 &&
      root.kind === Kind.FIELD &&
      root.name.value === '_entities';
    return isEntityFetch ? routeEntities(this, options, fetch, root) : routeRootFields(this, options, fetch);
  }

  /** Asks one city; never throws, so that one city's failure cannot take the others' answers with it. */
  async ask(
    code: string,
    options: ProcessOptions,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<CityAnswer> {
    const source = this.sources.get(code);
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
