import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { validateArgument } from './argument-validation';
import { guardResolvers } from './input-boundary';

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])
`;

export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql prints the SDL with its
 * `@key` directives, and `@apollo/subgraph` adds `_entities`/`_service` and the reference resolvers.
 * Every argument passes the input boundary first (input-boundary.ts: the rules live in type-graphql's
 * schema extensions, which the printed SDL drops), then class-validator's rules (argument-validation.ts).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'validate' | 'validateFn'>,
  referenceResolvers: ReferenceResolvers,
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, validateFn: validateArgument, skipCheck: true });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  guardResolvers(schema, resolvers);
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}

/** The subgraph SDL as composition sees it (what `schema/<name>.graphql` holds). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
