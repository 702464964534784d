import { DocumentNode, GraphQLError, Kind, parse, ValueNode, visit } from 'graphql';

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

/** A required input field left out names its parent only; the field is in the message. */
const MISSING_FIELD = /^Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided\.$/;
const missingField = (message: string) => {
  const field = MISSING_FIELD.exec(message)?.[1];
  return field ? `.${field}` : '';
};

/** The document an error is about, parsed again (the error keeps its source, not its AST). */
function documentOf(error: GraphQLError) {
  if (!error.source) return undefined;
  try {
    return parse(error.source);
  } catch {
    return undefined;
  }
}

/** The path to the first argument value at `start` (a node's location in the document). */
function argumentAt(document: DocumentNode, start: number): string | undefined {
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

/**
 * The argument a document-validation error is about, e.g. "input.organisers[0].cityCode", found from
 * the value it points at. graphql-js says what is wrong with a literal ("Expected value of type
 * "Int!", found null.") but gives only its line and column; clients act on names.
 */
export function argumentPathOf(error: unknown): string | undefined {
  const start = error instanceof GraphQLError ? error.nodes?.[0]?.loc?.start : undefined;
  if (start === undefined || !(error instanceof GraphQLError)) return undefined;
  const document = documentOf(error);
  const found = document && argumentAt(document, start);
  return found === undefined ? undefined : `${found}${missingField(error.message)}`;
}

/**
 * The same for a variable's value that does not fit its type: graphql-js names the variable and the
 * path inside it ('Variable "$s" got invalid value … at "s.guardianConsentMethod"; …'); the client
 * gets the argument the variable is passed to, e.g. "student.guardianConsentMethod".
 */
export function variableArgumentPathOf(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const variable = /^Variable "\$(\w+)" (?:got invalid value |of )/.exec(error.message)?.[1];
  const document = variable ? documentOf(error) : undefined;
  if (!variable || !document) return undefined;
  const reason = error.originalError?.message ?? '';
  const prefix = error.message.endsWith(`; ${reason}`)
    ? error.message.slice(0, -reason.length - 2)
    : error.message;
  const inside = new RegExp(` at "${variable}((?:\\.\\w+|\\[\\d+\\])*)"$`).exec(prefix)?.[1] ?? '';
  let found: string | undefined;
  visit(document, {
    Variable(node) {
      if (found === undefined && node.name.value === variable && node.loc) {
        found = argumentAt(document, node.loc.start);
      }
    },
  });
  return found === undefined ? undefined : `${found}${inside}${missingField(reason)}`;
}
