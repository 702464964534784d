import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { parse } from 'graphql';
import { CityShardRouter, ProcessOptions, RouterResponse } from '../../gateway/src/city-shard-router';
import { EntityRoutingTable } from '../../gateway/src/entity-routing-table';

export type CityRequest = { query: string; variables: Record<string, any> };
export type Handler = (request: CityRequest) => RouterResponse | Promise<RouterResponse>;

const supergraph = readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
export const routing = EntityRoutingTable.fromSupergraph(supergraph, 'CITIES');

/** A router over stand-in cities that record what they were asked and answer with `handlers`. */
export function routerWith(handlers: Record<string, Handler>) {
  const asked: Record<string, CityRequest[]> = {};
  const cities = Object.entries(handlers).map(([code, handler]) => ({
    code,
    source: {
      process: async (options: ProcessOptions) => {
        const request = { query: options.request.query!, variables: options.request.variables ?? {} };
        (asked[code] ??= []).push(request);
        return handler(request);
      },
    },
  }));
  return { router: new CityShardRouter(cities, routing), asked };
}

export const run = (router: CityShardRouter, query: string, variables: Record<string, unknown> = {}) =>
  router.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query, variables },
    context: {},
    incomingRequestContext: {} as never,
  });

/** Answers `_entities` by echoing each representation with a name that says which city served it. */
export const echoEntities =
  (code: string): Handler =>
  ({ variables }) => ({
    data: {
      _entities: variables.representations.map((rep: any) =>
        rep.__typename === 'SchoolLevel'
          ? { cityFigures: [{ cityCode: code, level: rep.code }] }
          : { name: `${rep.id}@${code}` },
      ),
    },
  });

/** Answers each root field it was sent with `{ ok: true }`, under the field's response key. */
export const answerFields: Handler = ({ query }) => {
  const operation = parse(query).definitions[0] as any;
  return {
    data: Object.fromEntries(
      operation.selectionSet.selections.map((field: any) => [
        field.alias?.value ?? field.name.value,
        { ok: true },
      ]),
    ),
  };
};

export const ENTITIES_QUERY = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on GrassrootsUnion { name } ... on SchoolLevel { cityFigures { cityCode } } } }`;
export const union = (cityCode: string, id: string) => ({ __typename: 'GrassrootsUnion', cityCode, id });
export const level = (code: string) => ({ __typename: 'SchoolLevel', code });
