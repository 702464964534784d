import { GraphQLError, Kind, parse, ValueNode, visit } from 'graphql';

/** The path below an argument's value to the node starting at `start`, e.g. ".organisers[0].cityCode". */
function pathTo(value: ValueNode, start: number): string | undefined {
  if (value.loc?.start === start) return '';
  if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const below = pathTo(item, start);
      if (below !== undefined) return `[${index}]${below}`;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const below = pathTo(field.value, start);
      if (below !== undefined) return `.${field.name.value}${below}`;
    }
  }
  return undefined;
}

/**
 * The argument a document-validation error is about, e.g. "input.organisers[0].cityCode", found from
 * the value it points at. graphql-js says what is wrong with a literal ("Expected value of type
 * "Int!", found null.") but gives only its line and column; clients act on names.
 */
export function argumentPathOf(error: unknown): string | undefined {
  const start = error instanceof GraphQLError ? error.nodes?.[0]?.loc?.start : undefined;
  if (start === undefined || !(error instanceof GraphQLError) || !error.source) return undefined;
  let document;
  try {
    document = parse(error.source);
  } catch {
    return undefined;
  }
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      const below = found === undefined ? pathTo(node.value, start) : undefined;
      if (below !== undefined) found = `${node.name.value}${below}`;
      return false;
    },
  });
  return found;
}
