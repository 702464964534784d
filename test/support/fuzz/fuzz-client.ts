import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
} from 'graphql';
import type { FuzzCase } from './mutation-cases';

export interface FuzzAnswer {
  status: number;
  errors: { message: string; extensions?: Record<string, unknown> }[];
  data: Record<string, unknown> | null | undefined;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A GraphQL literal for `value`, whatever its type: wrong types are written as what they are. */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  if (value === null || value === undefined) return 'null';
  const inner = type && getNullableType(type);
  if (Array.isArray(value)) {
    const itemType = inner && isListType(inner) ? inner.ofType : undefined;
    return `[${value.map((item) => literal(item, itemType)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    const entries = Object.entries(value).map(([key, item]) => `${key}: ${literal(item, fields[key]?.type)}`);
    return `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string' && type && isEnumType(getNamedType(type)) && NAME.test(value)) return value;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** The document and variables for a case: arguments as variables, or written in as literals. */
export function requestOf(field: GraphQLField<unknown, unknown>, fuzzCase: FuzzCase) {
  const given = field.args.filter((argument) => fuzzCase.args[argument.name] !== undefined);
  const call = (values: string[]) =>
    `${field.name}${given.length ? `(${given.map((a, i) => `${a.name}: ${values[i]}`).join(', ')})` : ''} { __typename }`;
  if (fuzzCase.literal) {
    return {
      query: `mutation Fuzz { ${call(given.map((a) => literal(fuzzCase.args[a.name], a.type)))} }`,
      variables: {},
    };
  }
  const declared = given.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  return {
    query: `mutation Fuzz${given.length ? `(${declared})` : ''} { ${call(given.map((a) => `$${a.name}`))} }`,
    variables: Object.fromEntries(given.map((a) => [a.name, fuzzCase.args[a.name]])),
  };
}

/** Posts one request to the gateway and keeps the HTTP status with the answer. */
export async function send(url: string, token: string, request: { query: string; variables: object }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let body: { errors?: FuzzAnswer['errors']; data?: FuzzAnswer['data'] };
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, errors: body.errors ?? [], data: body.data } satisfies FuzzAnswer;
}
