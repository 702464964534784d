import { FieldNode, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../services/shared/src/errors';
import { CityAnswer, CityDeployments, cityUnavailable, ProcessOptions, RouterResponse } from './city-fetch';
import { EntityRoutingTable } from './entity-routing-table';
import { FetchOperation, responseKeysByType } from './operation-document';

type Representation = { __typename: string } & Record<string, unknown>;
type Entity = Record<string, unknown> | null;

/** Where each representation goes: one city (rule 1), every city (rule 3), or nowhere (an error). */
export interface EntityPlan {
  /** Indexes of the representations of each city, ascending, cities in order of first appearance. */
  byCity: Map<string, number[]>;
  fanOut: number[];
  refused: Map<number, GraphQLFormattedError>;
}

/**
 * Rules 1, 3 and 4 for `_entities`: representations are grouped by city and each group is sent to
 * its city; representations of city-less types go to every city and their lists are concatenated in
 * city order; a city that cannot be reached leaves nulls (or the others' items) plus CITY_UNAVAILABLE
 * errors at the fields it could not provide, while a city that answered with errors of its own has
 * those passed on at the client's representations. The answer has one entity per representation.
 */
export async function routeEntities(
  cities: CityDeployments,
  routing: EntityRoutingTable,
  options: ProcessOptions,
  fetch: FetchOperation,
  entitiesField: FieldNode,
): Promise<RouterResponse> {
  const variables = (options.request.variables ?? {}) as Record<string, unknown>;
  const representations = (variables.representations ?? []) as Representation[];
  const plan = planEntities(routing, representations);
  const keysByType = responseKeysByType(entitiesField, fetch.fragments);
  const pathsOf = (index: number) => {
    const keys = keysByType.get(representations[index].__typename) ?? [];
    return keys.length ? keys.map((key) => ['_entities', index, key]) : [['_entities', index]];
  };
  // What each city is sent: its own representations first, then every city-wide one.
  const indexesFor = (code: string) => [
    ...(plan.byCity.get(code) ?? []),
    ...(cities.has(code) ? plan.fanOut : []),
  ];

  const entities: Entity[] = representations.map(() => null);
  const errors: GraphQLFormattedError[] = [...plan.refused.values()];
  const asked = cities.codes.filter((code) => plan.byCity.has(code) || plan.fanOut.length > 0);
  const unrouted = [...plan.byCity.keys()].filter((code) => !cities.has(code));
  const answers: CityAnswer[] = await Promise.all(
    [...asked, ...unrouted].map((code) =>
      cities.ask(code, options, options.request.query ?? '', {
        ...variables,
        representations: indexesFor(code).map((index) => representations[index]),
      }),
    ),
  );

  const fanOutSeen = new Set<number>();
  for (const answer of answers) {
    const own = plan.byCity.get(answer.code)?.length ?? 0;
    const indexes = indexesFor(answer.code);
    if ('unavailable' in answer) {
      for (const index of indexes) {
        errors.push(...pathsOf(index).map((path) => cityUnavailable(answer.code, answer.unavailable, path)));
      }
      continue;
    }
    const { data, errors: cityErrors = [] } = answer.response;
    const received: unknown = data?._entities;
    if (!Array.isArray(received) || received.length !== indexes.length) {
      // A city that answered errors instead of data (e.g. a non-null violation that nulled it all) did
      // answer: its errors say what went wrong, at the client's representations.
      if (received == null && cityErrors.length > 0) {
        errors.push(...cityErrors.flatMap((error) => reindex(error, indexes)));
        continue;
      }
      const got = Array.isArray(received) ? received.length : 'no';
      const reason = `it answered ${got} entities for ${indexes.length} representations`;
      for (const index of indexes) {
        errors.push(...pathsOf(index).map((path) => cityUnavailable(answer.code, reason, path)));
      }
      errors.push(...cityErrors.flatMap((error) => reindex(error, indexes)));
      continue;
    }
    received.forEach((entity: Entity, position) => {
      const index = indexes[position];
      if (position < own) entities[index] = entity;
      else {
        entities[index] = concatenateContributions(entities[index], entity);
        if (entity) fanOutSeen.add(index);
      }
    });
    errors.push(...cityErrors.flatMap((error) => reindex(error, indexes)));
  }
  // A city-wide contribution nobody could answer is an empty list per field, with the errors above.
  for (const index of plan.fanOut) {
    if (!fanOutSeen.has(index)) {
      const keys = keysByType.get(representations[index].__typename) ?? [];
      entities[index] = Object.fromEntries(keys.map((key) => [key, []]));
    }
  }
  return errors.length ? { data: { _entities: entities }, errors } : { data: { _entities: entities } };
}

/** One pass over the representations: linear in their number, whatever the number of cities. */
export function planEntities(routing: EntityRoutingTable, representations: Representation[]): EntityPlan {
  const plan: EntityPlan = { byCity: new Map(), fanOut: [], refused: new Map() };
  representations.forEach((representation, index) => {
    const route = routing.routeOf(representation.__typename);
    if (route?.by === 'fan-out') {
      plan.fanOut.push(index);
      return;
    }
    const city = route ? representation[route.field] : undefined;
    if (typeof city !== 'string') {
      plan.refused.set(index, {
        message: `A ${representation.__typename} reference names no city, so no city can resolve it`,
        path: ['_entities', index],
        extensions: { code: ErrorCode.BadUserInput },
      });
      return;
    }
    const group = plan.byCity.get(city);
    if (group) group.push(index);
    else plan.byCity.set(city, [index]);
  });
  return plan;
}

/** Lists from several cities are concatenated; the key fields every city echoes are kept once. */
export function concatenateContributions(merged: Entity, next: Entity): Entity {
  if (!next) return merged;
  if (!merged) return { ...next };
  const result = { ...merged };
  for (const [key, value] of Object.entries(next)) {
    const existing = result[key];
    if (Array.isArray(existing) && Array.isArray(value)) result[key] = [...existing, ...value];
    else if (existing === undefined || existing === null) result[key] = value;
  }
  return result;
}

/**
 * A city's error at `_entities[j]` belongs at the original index of its j-th representation; one at
 * `_entities` itself concerns each representation that city was sent. A position the city was never
 * sent cannot be placed, so its path is dropped rather than pinned on another city's entity.
 */
export function reindex(error: GraphQLFormattedError, indexes: number[]): GraphQLFormattedError[] {
  const [head, position, ...rest] = error.path ?? [];
  if (head !== '_entities') return [error];
  if (position === undefined) return indexes.map((index) => ({ ...error, path: ['_entities', index] }));
  const index = typeof position === 'number' ? indexes[position] : undefined;
  if (index === undefined) {
    const unplaced = { ...error };
    delete unplaced.path;
    return [unplaced];
  }
  return [{ ...error, path: ['_entities', index, ...rest] }];
}
