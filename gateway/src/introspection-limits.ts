import {
  DefinitionNode,
  FragmentDefinitionNode,
  getIntrospectionQuery,
  GraphQLError,
  isIntrospectionType,
  Kind,
  OperationDefinitionNode,
  parse,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  ValidationRule,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/** The root fields of introspection; no schema field may start with `__`, so the name suffices. */
const INTROSPECTION_ROOTS: ReadonlySet<string> = new Set([SchemaMetaFieldDef.name, TypeMetaFieldDef.name]);

type FragmentLookup = (name: string) => FragmentDefinitionNode | undefined;

/**
 * Depth as graphql-armor's maxDepth counts it with `flattenFragments`: levels of fields, leaves
 * included; fragments add none. A fragment's depth does not depend on where it is spread, so it is
 * counted once per document (`memo`), which keeps a document of nested spreads linear to check.
 */
function selectionDepth(
  set: SelectionSetNode | undefined,
  fragment: FragmentLookup,
  memo: Map<string, number>,
): number {
  let depth = 0;
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      depth = Math.max(depth, 1 + selectionDepth(selection.selectionSet, fragment, memo));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = Math.max(depth, selectionDepth(selection.selectionSet, fragment, memo));
    } else {
      const name = selection.name.value;
      if (!memo.has(name)) {
        // A cycle counts as nothing here: graphql-js's NoFragmentCyclesRule refuses the document.
        memo.set(name, 0);
        memo.set(name, selectionDepth(fragment(name)?.selectionSet, fragment, memo));
      }
      depth = Math.max(depth, memo.get(name) ?? 0);
    }
  }
  return depth;
}

const isFragment = (definition: DefinitionNode): definition is FragmentDefinitionNode =>
  definition.kind === Kind.FRAGMENT_DEFINITION;

/**
 * The depth of the introspection query that GraphiQL and GraphQL Code Generator send (graphql-js's
 * `getIntrospectionQuery` with every option): 15 with graphql 16, mostly its nine-level `ofType`
 * chain that unwraps types such as `[[String!]!]!`. Derived, not written down, so that it follows
 * the installed graphql-js.
 */
export const STANDARD_INTROSPECTION_DEPTH: number = (() => {
  const document = parse(
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  );
  const fragments = new Map(document.definitions.filter(isFragment).map((f) => [f.name.value, f]));
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  return selectionDepth(operation?.selectionSet, (name) => fragments.get(name), new Map());
})();

/**
 * Bounds the depth of every `__schema` and `__type` selection, counted from that field as 1.
 *
 * graphql-armor's maxDepth skips `__schema` entirely (`ignoreIntrospection`), which would let
 * `__schema { types { fields { type { ofType { ofType … } } } } }` go as deep as the token limit
 * allows; counting it against MAX_DEPTH instead would refuse the standard query above. So
 * introspection gets its own bound, the standard query's depth (or MAX_DEPTH if higher): every real
 * tool passes, anything deeper is refused. Fan-out is bounded separately by graphql-js's own
 * MaxIntrospectionDepthRule (at most three nested `fields`/`interfaces`/`possibleTypes`/`inputFields`),
 * which Apollo Server runs with the other specified rules. `__type`, which armor does not skip, stays
 * under MAX_DEPTH as well.
 */
export function introspectionDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const memo = new Map<string, number>();
    const fragment: FragmentLookup = (name) => context.getFragment(name) ?? undefined;
    return {
      Field(node) {
        if (!INTROSPECTION_ROOTS.has(node.name.value)) return;
        const depth = 1 + selectionDepth(node.selectionSet, fragment, memo);
        if (depth <= maxDepth) return;
        context.reportError(
          new GraphQLError(`Introspection depth limit of ${maxDepth} exceeded, found ${depth}`, {
            nodes: [node],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'introspection-depth', maxDepth, depth },
          }),
        );
      },
    };
  };
}

/**
 * Refuses aliases on `__schema` and on every field of an introspection type (`__Type`, `__Field`…).
 * Fields with the same response key are merged and run once, so aliases are the only way to make one
 * request return the schema many times: 30 aliased copies of the standard query cost the gateway
 * seconds of CPU and 6 MB of answer from a 3 kB request. No tool aliases introspection. Aliased
 * `__type(name: …)` lookups stay allowed: each answers one type, and they count against MAX_ALIASES.
 */
export const introspectionAliasRule: ValidationRule = (context) => ({
  Field(node) {
    if (!node.alias) return;
    const parent = context.getParentType();
    const inIntrospection = parent ? isIntrospectionType(parent) : false;
    if (node.name.value !== SchemaMetaFieldDef.name && !inIntrospection) return;
    context.reportError(
      new GraphQLError(
        `Aliases are not allowed in introspection ("${node.alias.value}: ${node.name.value}"): ask for each field once`,
        { nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'introspection-alias' } },
      ),
    );
  },
});

/**
 * Introspection costs nothing: the gateway answers it from its own schema without calling a
 * subgraph, and with the rules above an answer holds at most one copy of the schema, to a bounded
 * depth and fan-out; page sizes have nothing to do with it. Counted as lists of ASSUMED_LIST_SIZE,
 * the standard query alone would cost about 49,500.
 */
export const introspectionEstimator: ComplexityEstimator = ({ field }) =>
  INTROSPECTION_ROOTS.has(field.name) ? 0 : undefined;
