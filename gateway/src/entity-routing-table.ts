import { DirectiveNode, Kind, parse, StringValueNode } from 'graphql';

/** How a representation of a type finds its city: by one of its key fields, or every city at once. */
export type EntityRoute = { by: 'field'; field: string } | { by: 'fan-out' };

export const CITY_KEY_FIELD = 'cityCode';
const CITY_TYPE = 'City';
const CITY_TYPE_KEY_FIELD = 'code';

/**
 * Reads from the supergraph which entity types the `cities` subgraph serves and how each is routed:
 * a key with `cityCode` routes by it, the `City` entity routes by its `code`, and any other key
 * (e.g. `SchoolLevel @key(fields: "code")`) is a city-wide contribution sent to every city. A key
 * with `resolvable: false` (a city pointing to a hub-owned type, e.g. `NationalOrganisation`) is
 * served by no city, so it is not routed at all.
 */
export class EntityRoutingTable {
  private constructor(private readonly routes: Map<string, EntityRoute>) {}

  static fromSupergraph(supergraphSdl: string, graphEnumValue: string): EntityRoutingTable {
    const routes = new Map<string, EntityRoute>();
    for (const definition of parse(supergraphSdl).definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const keys = (definition.directives ?? [])
        .filter((directive) => directive.name.value === 'join__type' && graphOf(directive) === graphEnumValue)
        .filter((directive) => !isReferenceOnly(directive))
        .map(keyFieldsOf)
        .filter((fields): fields is string[] => fields !== null);
      if (keys.length === 0) continue;
      routes.set(definition.name.value, routeFor(definition.name.value, keys));
    }
    return new EntityRoutingTable(routes);
  }

  routeOf(typename: string): EntityRoute | undefined {
    return this.routes.get(typename);
  }

  /** Types whose fields the cities contribute to every representation (rule 3 of DESIGN.md). */
  fanOutTypes(): string[] {
    return [...this.routes].filter(([, route]) => route.by === 'fan-out').map(([name]) => name);
  }
}

function routeFor(typename: string, keys: string[][]): EntityRoute {
  if (keys.some((fields) => fields.includes(CITY_KEY_FIELD))) return { by: 'field', field: CITY_KEY_FIELD };
  if (typename === CITY_TYPE && keys.some((fields) => fields.includes(CITY_TYPE_KEY_FIELD))) {
    return { by: 'field', field: CITY_TYPE_KEY_FIELD };
  }
  return { by: 'fan-out' };
}

function argument(directive: DirectiveNode, name: string) {
  return directive.arguments?.find((arg) => arg.name.value === name)?.value;
}

/** `@join__type(…, resolvable: false)`: the subgraph only refers to the type; no fetch ever goes there. */
function isReferenceOnly(directive: DirectiveNode): boolean {
  const value = argument(directive, 'resolvable');
  return value?.kind === Kind.BOOLEAN && !value.value;
}

function graphOf(directive: DirectiveNode): string | undefined {
  const value = argument(directive, 'graph');
  return value?.kind === Kind.ENUM ? value.value : undefined;
}

/** Top-level field names of a `key:` field set, or null for a `@join__type` without a key. */
function keyFieldsOf(directive: DirectiveNode): string[] | null {
  const value = argument(directive, 'key') as StringValueNode | undefined;
  if (!value) return null;
  const selection = parse(`{ ${value.value} }`).definitions[0];
  if (selection.kind !== Kind.OPERATION_DEFINITION) return null;
  return selection.selectionSet.selections.flatMap((field) =>
    field.kind === Kind.FIELD ? [field.name.value] : [],
  );
}
