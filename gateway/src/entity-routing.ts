import { FieldNode, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../services/shared/src/errors';
import {
  CityAnswer,
  cityUnavailable,
  CityShardRouter,
  ProcessOptions,
  RouterResponse,
} from './city-shard-router';
import { FetchOperation, responseKeysByType } from './operation-document';

type Representation = { __typename: string } & Record<string, unknown>;
type Entity = Record<string, unknown> | null;

/** Where each representation goes: one city (rule 1), every city (rule 3), or nowhere (an error). */
interface EntityPlan {
  byCity: Map<string, number[]>;
  fanOut: number[];
  refused: Map<number, GraphQLFormattedError>;
}

/**
 * Rules 1, 3 and 4 for `_entities`: representations are grouped by city and each group is sent to
 * its city; representations of city-less types go to every city and their lists are concatenated in
 * city order; a city that fails leaves nulls (or the others' items) plus CITY_UNAVAILABLE errors at
 * the fields it could not provide. The answer has exactly one entity per representation, in order.
 */
export async function routeEntities(
  router: CityShardRouter,
  options: ProcessOptions,
  fetch: FetchOperation,
  entitiesField: FieldNode,
): Promise<RouterResponse> {
  const variables = (options.request.variables ?? {}) as Record<string, unknown>;
  const representations = (variables.representations ?? []) as Representation[];
  const plan = planEntities(router, representations);
  const keysByType = responseKeysByType(entitiesField, fetch.fragments);
  const pathsOf = (index: number) => {
    const keys = keysByType.get(representations[index].__typename) ?? [];
    return keys.length ? keys.map((key) => ['_entities', index, key]) : [['_entities', index]];
  };

  const entities: Entity[] = representations.map(() => null);
  const errors: GraphQLFormattedError[] = [...plan.refused.values()];
  const asked = router.cityCodes.filter((code) => plan.byCity.has(code) || plan.fanOut.length > 0);
  const unrouted = [...plan.byCity.keys()].filter((code) => !router.hasCity(code));
  const answers: CityAnswer[] = await Promise.all(
    [...asked, ...unrouted].map((code) => {
      const indexes = [...(plan.byCity.get(code) ?? []), ...(router.hasCity(code) ? plan.fanOut : [])];
      const subset = indexes.map((index) => representations[index]);
      return router.ask(code, options, options.request.query ?? '', {
        ...variables,
        representations: subset,
      });
    }),
  );

  const fanOutSeen = new Set<number>();
  for (const answer of answers) {
    const own = plan.byCity.get(answer.code) ?? [];
    const indexes = [...own, ...(router.hasCity(answer.code) ? plan.fanOut : [])];
    const received = 'response' in answer ? answer.response.data?._entities : undefined;
    if ('unavailable' in answer || !Array.isArray(received) || received.length !== indexes.length) {
      const reason =
        'unavailable' in answer
          ? answer.unavailable
          : `it answered ${Array.isArray(received) ? received.length : 'no'} entities for ${indexes.length} representations`;
      for (const index of indexes) {
        errors.push(...pathsOf(index).map((path) => cityUnavailable(answer.code, reason, path)));
      }
      if ('response' in answer) errors.push(...(answer.response.errors ?? []));
      continue;
    }
    received.forEach((entity: Entity, position) => {
      const index = indexes[position];
      if (position < own.length) entities[index] = entity;
      else {
        entities[index] = concatenateContributions(entities[index], entity);
        if (entity) fanOutSeen.add(index);
      }
    });
    errors.push(...(answer.response.errors ?? []).map((error) => reindex(error, indexes)));
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

function planEntities(router: CityShardRouter, representations: Representation[]): EntityPlan {
  const plan: EntityPlan = { byCity: new Map(), fanOut: [], refused: new Map() };
  representations.forEach((representation, index) => {
    const route = router.routing.routeOf(representation.__typename);
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
    plan.byCity.set(city, [...(plan.byCity.get(city) ?? []), index]);
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

/** A city's error at `_entities[j]` belongs at the original index of its j-th representation. */
function reindex(error: GraphQLFormattedError, indexes: number[]): GraphQLFormattedError {
  const [head, position, ...rest] = error.path ?? [];
  if (head !== '_entities' || typeof position !== 'number' || indexes[position] === undefined) return error;
  return { ...error, path: ['_entities', indexes[position], ...rest] };
}
