import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  FragmentSpreadNode,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  InlineFragmentNode,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
  SelectionSetNode,
  valueFromASTUntyped,
  visit,
} from 'graphql';
import { BadUserInputError } from '../../services/shared/src/errors';

const parsed = new Map<string, DocumentNode>();
const PARSE_CACHE_LIMIT = 1000;

/** Subgraph fetches repeat the same few query strings; parse each once. */
export function parseFetch(query: string): DocumentNode {
  let document = parsed.get(query);
  if (!document) {
    document = parse(query);
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.delete(parsed.keys().next().value as string);
    parsed.set(query, document);
  }
  return document;
}

export interface FetchOperation {
  operation: OperationDefinitionNode;
  fragments: Map<string, FragmentDefinitionNode>;
}

export function splitDocument(document: DocumentNode): FetchOperation {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1)
    throw new BadUserInputError('A subgraph fetch must hold exactly one operation');
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { operation: operations[0], fragments };
}

/**
 * The variables of a fetch with the operation's defaults filled in for those not sent
 * (`query($c: String! = "HN")` without `c` routes to HN), as graphql-js would execute it.
 */
export function variablesWithDefaults(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const complete = { ...variables };
  for (const { variable, defaultValue } of operation.variableDefinitions ?? []) {
    const name = variable.name.value;
    if (defaultValue && !Object.hasOwn(complete, name)) complete[name] = valueFromASTUntyped(defaultValue);
  }
  return complete;
}

type Conditional = FieldNode | InlineFragmentNode | FragmentSpreadNode;

/** Whether `@skip` and `@include` let `node` through, decided as graphql-js does (`variables` complete). */
export function isIncluded(node: Conditional, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

const CONDITIONS: ReadonlySet<string> = new Set([GraphQLSkipDirective.name, GraphQLIncludeDirective.name]);

/**
 * The fields of a root selection set as the city will run them: fragments (the planner may wrap root
 * fields in them) spread out, and what `@skip`/`@include` leave out dropped, so that fields of several
 * cities under one condition are still split by city. `variables` must hold the defaults.
 */
export function flattenFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): FieldNode[] {
  const fields: FieldNode[] = [];
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        fields.push(selection);
        continue;
      }
      // Any other directive (such as @defer) would need the fragment kept whole, on one city.
      if (selection.directives?.some((directive) => !CONDITIONS.has(directive.name.value))) {
        throw new BadUserInputError(
          'Fragments with directives other than @skip and @include at the root of a city fetch cannot be split by city',
        );
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      if (fragment) walk(fragment.selectionSet);
    }
  };
  walk(selectionSet);
  return fields;
}

export function responseKey(field: FieldNode): string {
  return field.alias?.value ?? field.name.value;
}

/**
 * The same operation restricted to `fields`, with only the variables and fragments they use (a
 * subgraph rejects unused ones), printed, and the variables it needs.
 */
export function restrictOperation(
  { operation, fragments }: FetchOperation,
  fields: readonly FieldNode[],
  variables: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: fields };
  const usedFragments = new Map<string, FragmentDefinitionNode>();
  const usedVariables = new Set<string>();
  const collect = (node: SelectionSetNode) =>
    visit(node, {
      Variable: (variable) => void usedVariables.add(variable.name.value),
      FragmentSpread: (spread) => {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !usedFragments.has(fragment.name.value)) {
          usedFragments.set(fragment.name.value, fragment);
          collect(fragment.selectionSet);
        }
      },
    });
  collect(selectionSet);
  const restricted: OperationDefinitionNode = {
    ...operation,
    selectionSet,
    variableDefinitions: operation.variableDefinitions?.filter((definition) =>
      usedVariables.has(definition.variable.name.value),
    ),
  };
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [restricted, ...usedFragments.values()],
  };
  return {
    query: print(document),
    variables: Object.fromEntries(Object.entries(variables).filter(([name]) => usedVariables.has(name))),
  };
}

/** For `_entities { ... on T { a b } }`: the response keys asked of each type, `__typename` aside. */
export function responseKeysByType(
  entitiesField: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const walk = (set: SelectionSetNode | undefined, typename: string | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const key = responseKey(selection);
        if (typename && key !== '__typename' && !keys.get(typename)?.includes(key)) {
          keys.set(typename, [...(keys.get(typename) ?? []), key]);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, selection.typeCondition?.name.value ?? typename);
      } else {
        const fragment = fragments.get(selection.name.value);
        walk(fragment?.selectionSet, fragment?.typeCondition.name.value ?? typename);
      }
    }
  };
  walk(entitiesField.selectionSet, undefined);
  return keys;
}
