import { FieldNode, GraphQLFormattedError, Kind } from 'graphql';
import { ErrorCode } from '../../services/shared/src/errors';
import { CityAnswer, CityDeployments, cityUnavailable, ProcessOptions, RouterResponse } from './city-fetch';
import { CITY_KEY_FIELD } from './entity-routing-table';
import {
  FetchOperation,
  flattenFields,
  responseKey,
  restrictOperation,
  variablesWithDefaults,
} from './operation-document';

type Placement = { city: string } | { error: GraphQLFormattedError };
type Batch = { city: string; fields: FieldNode[] };

/**
 * Rule 2: every root field of the cities subgraph names its city in `cityCode` (a literal or a
 * variable, the variable's default included). Fields of one fetch are split by city and the answers
 * merged by response key. Mutation fields run in document order: consecutive fields of one city go
 * together, one city after another.
 */
export async function routeRootFields(
  cities: CityDeployments,
  options: ProcessOptions,
  fetch: FetchOperation,
): Promise<RouterResponse> {
  const sent = (options.request.variables ?? {}) as Record<string, unknown>;
  const variables = variablesWithDefaults(fetch.operation, sent);
  const fields = flattenFields(fetch.operation.selectionSet, fetch.fragments, variables);
  const isMutation = fetch.operation.operation === 'mutation';
  const data: Record<string, unknown> = {};
  const errors: GraphQLFormattedError[] = [];
  const batches: Batch[] = [];
  for (const field of fields) {
    const placement = placeField(cities, field, variables);
    if ('error' in placement) {
      data[responseKey(field)] = null;
      errors.push(placement.error);
      continue;
    }
    const last = batches.at(-1);
    const sameCityBatch = isMutation
      ? last?.city === placement.city
        ? last
        : undefined
      : batches.find((batch) => batch.city === placement.city);
    if (sameCityBatch) sameCityBatch.fields.push(field);
    else batches.push({ city: placement.city, fields: [field] });
  }

  // Each city gets the variables with their defaults, so that it runs what the router routed.
  const ask = (batch: Batch) => {
    const restricted = restrictOperation(fetch, batch.fields, variables);
    return cities.ask(batch.city, options, restricted.query, restricted.variables);
  };
  const answers: CityAnswer[] = [];
  if (isMutation) {
    for (const batch of batches) answers.push(await ask(batch));
  } else {
    answers.push(...(await Promise.all(batches.map(ask))));
  }

  answers.forEach((answer, index) => {
    const keys = batches[index].fields.map(responseKey);
    const response = 'response' in answer ? answer.response : undefined;
    if (!response || (!response.data && !response.errors?.length)) {
      const reason = 'unavailable' in answer ? answer.unavailable : 'it answered neither data nor errors';
      for (const key of keys) {
        data[key] = null;
        errors.push(cityUnavailable(answer.code, reason, [key]));
      }
      return;
    }
    // A city's own errors (a refusal, a non-null field it could not give) already carry the client's
    // response keys as paths: fetches keep the client's aliases.
    for (const key of keys) data[key] = response.data?.[key] ?? null;
    errors.push(...(response.errors ?? []));
  });
  // Keep the client's field order in the merged answer.
  const ordered = Object.fromEntries(fields.map((field) => [responseKey(field), data[responseKey(field)]]));
  return errors.length ? { data: ordered, errors } : { data: ordered };
}

function placeField(
  cities: CityDeployments,
  field: FieldNode,
  variables: Record<string, unknown>,
): Placement {
  const key = responseKey(field);
  if (field.name.value === '__typename') return { city: cities.codes[0] };
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
  if (!cities.has(value)) {
    return {
      error: {
        message: `Unknown city code "${value}"; this gateway serves ${cities.codes.join(', ')}`,
        path: [key],
        extensions: { code: ErrorCode.BadUserInput, argument: CITY_KEY_FIELD, cityCode: value },
      },
    };
  }
  return { city: value };
}
