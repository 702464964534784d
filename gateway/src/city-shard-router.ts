import type { GraphQLDataSource } from '@apollo/gateway';
import { Kind } from 'graphql';
import type { CityAnswerReuse } from './city-answer-reuse';
import { CityDeployments, CitySource, ProcessOptions, RouterResponse } from './city-fetch';
import type { CitySchemaGuard } from './city-schema-behind';
import { EntityRoutingTable } from './entity-routing-table';
import { routeEntities } from './entity-routing';
import { parseFetch, splitDocument } from './operation-document';
import { routeRootFields } from './root-field-routing';

export type { CityAnswer, CitySource, ProcessOptions, RouterResponse } from './city-fetch';

/**
 * The data source for the `cities` subgraph. Federation routes by type, never by value; this router
 * routes by value (DESIGN.md, "The city shard router"): entity fetches by each representation's
 * city (entity-routing.ts), root fields by their `cityCode` argument (root-field-routing.ts), and
 * city-wide contributions to every city. How one city is asked lives in city-fetch.ts.
 */
export class CityShardRouter implements GraphQLDataSource {
  private readonly deployments: CityDeployments;

  constructor(
    readonly cities: readonly CitySource[],
    readonly routing: EntityRoutingTable,
    reuse?: CityAnswerReuse,
  ) {
    this.deployments = new CityDeployments(cities, reuse);
  }

  /** Connects the cache of cities' answers (to Redis, when there is one) before the first request. */
  ready(): Promise<void> {
    return this.deployments.ready();
  }

  /** Closes the cache of cities' answers (a Redis connection, when there is one). */
  close(): Promise<void> {
    return this.deployments.close();
  }

  get cityCodes(): string[] {
    return [...this.deployments.codes];
  }

  hasCity(code: string): boolean {
    return this.deployments.has(code);
  }

  /** From now on each city's part is checked against what its schema lacks (city-schema-skew.ts). */
  guardSchemas(guard: CitySchemaGuard): void {
    this.deployments.guard = guard;
  }

  async process(options: ProcessOptions): Promise<RouterResponse> {
    const document = 'document' in options ? options.document : undefined;
    const fetch = splitDocument(document ?? parseFetch(options.request.query ?? ''));
    const [root] = fetch.operation.selectionSet.selections;
    const isEntityFetch =
      fetch.operation.selectionSet.selections.length === 1 &&
      root.kind === Kind.FIELD &&
      root.name.value === '_entities';
    return isEntityFetch
      ? routeEntities(this.deployments, this.routing, options, fetch, root)
      : routeRootFields(this.deployments, options, fetch);
  }
}
