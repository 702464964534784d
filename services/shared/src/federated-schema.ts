import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { DefinitionNode, DocumentNode, GraphQLSchema, Kind, parse } from 'graphql';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';
import { validateArgument } from './argument-validation';
import { CACHE_CONTROL_DEFINITIONS } from './cache-hints';
import { ConfigurationError } from './errors';
import { guardResolvers } from './input-boundary';

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])
`;

/**
 * A deployment serving an older schema than the code's: the coordinates listed (a field
 * `City.memberCount`, an argument `City.initiatives(grade:)`, an enum value `AwardKind.CO_THI_DUA`, an
 * input field `TrainingInput.heldOn`) are left out of the SDL before it is built, so that what it serves, its `_service { sdl }` and its schema hash all agree, as a city
 * still running the previous release would. Used to test version skew (README, "Version skew").
 */
export interface SchemaVariant {
  without?: readonly string[];
}

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
  variant: SchemaVariant = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, validateFn: validateArgument, skipCheck: true });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  guardResolvers(schema, resolvers);
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const typeDefs = parse(
    `${FEDERATION_LINK}\n${CACHE_CONTROL_DEFINITIONS}\n${printSchemaWithDirectives(schema)}`,
  );
  return buildSubgraphSchema({
    typeDefs: variant.without?.length ? withoutCoordinates(typeDefs, variant.without) : typeDefs,
    resolvers: resolvers as GraphQLResolverMap<unknown>,
  });
}

/** The subgraph SDL as composition sees it (what `schema/<name>.graphql` holds). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

/** The SDL without the fields, arguments, input fields and enum values named; each must exist. */
function withoutCoordinates(document: DocumentNode, without: readonly string[]): DocumentNode {
  const left = new Set(without);
  const keep = (coordinate: string) => !left.delete(coordinate);
  const prune = (definition: DefinitionNode): DefinitionNode => {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION: {
        const type = definition.name.value;
        const fields = (definition.fields ?? [])
          .filter((field) => keep(`${type}.${field.name.value}`))
          .map((field) => ({
            ...field,
            arguments: field.arguments?.filter((argument) =>
              keep(`${type}.${field.name.value}(${argument.name.value}:)`),
            ),
          }));
        return { ...definition, fields };
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
        const type = definition.name.value;
        return { ...definition, fields: definition.fields?.filter((f) => keep(`${type}.${f.name.value}`)) };
      }
      case Kind.ENUM_TYPE_DEFINITION: {
        const type = definition.name.value;
        return { ...definition, values: definition.values?.filter((v) => keep(`${type}.${v.name.value}`)) };
      }
      default:
        return definition;
    }
  };
  const pruned = { ...document, definitions: document.definitions.map(prune) };
  // A misspelt coordinate would leave the schema whole and a skew test passing for the wrong reason.
  if (left.size > 0)
    throw new ConfigurationError(`No such coordinates to leave out: ${[...left].join(', ')}`);
  return pruned;
}
