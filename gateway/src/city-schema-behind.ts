import { GraphQLFormattedError, GraphQLSchema, Kind } from 'graphql';
import { ErrorCode } from '../../services/shared/src/errors';
import { coordinatesUsed } from '../../services/shared/src/schema-fingerprint';
import { flattenFields, parseFetch, responseKey, splitDocument } from './operation-document';

/** How a city stands to the supergraph, as far as answering a fetch goes. */
export type Lag = 'behind' | 'diverged';

/** What the city router asks of the schema skew monitor (city-schema-skew.ts) around each fetch. */
export interface CitySchemaGuard {
  /** The coordinates `query` asks that the city is known to lack; undefined when it can answer. */
  lacking(code: string, query: string): { fields: string[]; lag: Lag } | undefined;
  /** A city's answer named the hash of the schema it serves (x-schema-hash). */
  noticed(code: string, hash: string | undefined): void;
  /** A city refused coordinates it does not know: its schema changed since the monitor looked. */
  refused(code: string, coordinates: readonly string[]): void;
}

type Answer = { data?: unknown; errors?: readonly GraphQLFormattedError[] };

const USAGE_CACHE_LIMIT = 1000;

/** The coordinates each fetch asks of `schema`, worked out once per fetch text (fetches repeat). */
export function fetchCoordinates(schema: GraphQLSchema): (query: string) => Set<string> {
  const usage = new Map<string, Set<string>>();
  return (query) => {
    let used = usage.get(query);
    if (used) return used;
    try {
      used = coordinatesUsed(schema, parseFetch(query));
    } catch {
      // The router parsed this fetch already; should it not parse here, the city judges it.
      return new Set();
    }
    if (usage.size >= USAGE_CACHE_LIMIT) usage.delete(usage.keys().next().value as string);
    usage.set(query, used);
    return used;
  };
}

/**
 * CITY_SCHEMA_BEHIND in place of one city's part of a fetch: a city whose schema lacks a coordinate
 * the part asks would only answer a validation error about a field the client's graph has, which
 * reads as the gateway's fault. The error stands where the city's data would have: at `_entities`
 * (the entity router puts it at each representation that city was sent) or at each root field.
 */
export function citySchemaBehind(
  code: string,
  fields: readonly string[],
  lag: Lag,
  query: string,
  variables: Record<string, unknown>,
): GraphQLFormattedError[] {
  const schema = lag === 'behind' ? 'an older schema' : 'a different version of the schema';
  const error = {
    message: `City ${code} serves ${schema} and cannot answer ${fields.join(', ')}; the other cities' answers are unaffected`,
    extensions: { code: ErrorCode.CitySchemaBehind, cityCode: code, fields: [...fields] },
  };
  return pathsOf(query, variables).map((path) => (path ? { ...error, path } : error));
}

function pathsOf(query: string, variables: Record<string, unknown>): ((string | number)[] | undefined)[] {
  try {
    const fetch = splitDocument(parseFetch(query));
    const roots = flattenFields(fetch.operation.selectionSet, fetch.fragments, variables);
    const [first] = roots;
    if (roots.length === 1 && first.kind === Kind.FIELD && first.name.value === '_entities') {
      return [['_entities']];
    }
    return roots.length ? roots.map((field) => [responseKey(field)]) : [undefined];
  } catch {
    // The gateway printed this fetch; should it ever fail to parse, the error still goes out, without a path.
    return [undefined];
  }
}

/**
 * The coordinates named by a city's validation errors about fields, arguments, input fields, enum
 * values and types it does not know (graphql-js' messages): the sign of a city that went back to an
 * older release since the gateway last looked. Empty when the errors are about something else.
 */
export function unknownCoordinates(errors: readonly GraphQLFormattedError[]): string[] {
  const found = errors.flatMap((error) => {
    if (error.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return [];
    const { message } = error;
    const field = /^Cannot query field "(\w+)" on type "(\w+)"/.exec(message);
    if (field) return [`${field[2]}.${field[1]}`];
    const argument = /^Unknown argument "(\w+)" on field "(\w+)\.(\w+)"/.exec(message);
    if (argument) return [`${argument[2]}.${argument[3]}(${argument[1]}:)`];
    const inputField = /^Field "(\w+)" is not defined by type "(\w+)"/.exec(message);
    if (inputField) return [`${inputField[2]}.${inputField[1]}`];
    const enumValue = /^Value "(\w+)" does not exist in "(\w+)" enum/.exec(message);
    if (enumValue) return [`${enumValue[2]}.${enumValue[1]}`];
    const type = /^Unknown type "(\w+)"/.exec(message);
    return type ? [type[1]] : [];
  });
  return [...new Set(found)].sort();
}

/**
 * A city's answer with its validation errors about unknown coordinates turned into CITY_SCHEMA_BEHIND
 * (other errors kept), for when the monitor did not yet know; the answer itself otherwise.
 */
export function explainRefusal<A extends Answer>(
  code: string,
  answer: A,
  query: string,
  variables: Record<string, unknown>,
  guard: CitySchemaGuard | undefined,
): A | { errors: GraphQLFormattedError[] } {
  const errors = answer.errors ?? [];
  const unknown = unknownCoordinates(errors);
  if (!guard || unknown.length === 0) return answer;
  guard.refused(code, unknown);
  const others = errors.filter((error) => unknownCoordinates([error]).length === 0);
  return { errors: [...citySchemaBehind(code, unknown, 'behind', query, variables), ...others] };
}
