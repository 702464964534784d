import { FieldNode, GraphQLFormattedError, Kind } from 'graphql';
import { ErrorCode } from '../../services/shared/src/errors';
import { CITY_KEY_FIELD } from './entity-routing-table';
import { cityUnavailable, CityShardRouter, ProcessOptions, RouterResponse } from './city-shard-router';
import { FetchOperation, flattenFields, responseKey, restrictOperation } from './operation-document';

type Placement = { city: string } | { error: GraphQLFormattedError };

/**
 * Rule 2: every root field of the cities subgraph names its city in `cityCode` (a literal or a
 * variable). Fields of one fetch are split by city and the answers merged by response key. Mutation
 * fields run in document order: consecutive fields of one city go together, one city after another.
 */
export async function routeRootFields(
  router: CityShardRouter,
  options: ProcessOptions,
  fetch: FetchOperation,
): Promise<RouterResponse> {
  const variables = (options.request.variables ?? {}) as Record<string, unknown>;
  const fields = flattenFields(fetch.operation.selectionSet, fetch.fragments);
  const data: Record<string, unknown> = {};
  const errors: GraphQLFormattedError[] = [];
  const batches: { city: string; fields: FieldNode[] }[] = [];
  for (const field of fields) {
    const placement = placeField(router, field, variables);
    if ('error' in placement) {
      data[responseKey(field)] = null;
      errors.push(placement.error);
      continue;
    }
    const sameCityBatch =
      fetch.operation.operation === 'mutation'
        ? batches.at(-1)?.city === placement.city
          ? batches.at(-1)
          : undefined
        : batches.find((batch) => batch.city === placement.city);
    if (sameCityBatch) sameCityBatch.fields.push(field);
    else batches.push({ city: placement.city, fields: [field] });
  }

  const ask = (batch: { city: string; fields: FieldNode[] }) => {
    const restricted = restrictOperation(fetch, batch.fields, variables);
    return router.ask(batch.city, options, restricted.query, restricted.variables);
  };
  const answers = [];
  if (fetch.operation.operation === 'mutation') {
    for (const batch of batches) answers.push(await ask(batch));
  } else {
    answers.push(...(await Promise.all(batches.map(ask))));
  }

  answers.forEach((answer, index) => {
    const keys = batches[index].fields.map(responseKey);
    if ('unavailable' in answer) {
      for (const key of keys) {
        data[key] = null;
        errors.push(cityUnavailable(answer.code, answer.unavailable, [key]));
      }
      return;
    }
    for (const key of keys) data[key] = answer.response.data?.[key] ?? null;
    errors.push(...(answer.response.errors ?? []));
  });
  // Keep the client's field order in the merged answer.
  const ordered = Object.fromEntries(fields.map((field) => [responseKey(field), data[responseKey(field)]]));
  return errors.length ? { data: ordered, errors } : { data: ordered };
}

function placeField(
  router: CityShardRouter,
  field: FieldNode,
  variables: Record<string, unknown>,
): Placement {
  const key = responseKey(field);
  if (field.name.value === '__typename') return { city: router.cityCodes[0] };
  const argument = field.arguments?.find((arg) => arg.name.value === CITY_KEY_FIELD);
  const value =
    argument?.value.kind === Kind.STRING
      ? argument.value.value
      : argument?.value.kind === Kind.VARIABLE
        ? variables[argument.value.name.value]
        : undefined;
  if (typeof value !== 'string') {
    return {
      error: {
        message: `${field.name.value} needs a cityCode argument to know which city to ask`,
        path: [key],
        extensions: { code: ErrorCode.BadUserInput, argument: CITY_KEY_FIELD },
      },
    };
  }
  if (!router.hasCity(value)) {
    return {
      error: {
        message: `Unknown city code "${value}"; this gateway serves ${router.cityCodes.join(', ')}`,
        path: [key],
        extensions: { code: ErrorCode.BadUserInput, argument: CITY_KEY_FIELD, cityCode: value },
      },
    };
  }
  return { city: value };
}
