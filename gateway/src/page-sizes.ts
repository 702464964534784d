import {
  BREAK,
  DefinitionNode,
  DocumentNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  GraphQLError,
  GraphQLInt,
  GraphQLSchema,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { BadUserInputError } from '../../services/shared/src/errors';

/** The page-size argument of every connection in the graph. */
export const PAGE_SIZE_ARGUMENT = 'first';
/** The subgraphs' own bound (services/shared/src/pagination.ts, which the gateway does not load). */
export const MAX_PAGE_SIZE = 100;

/** The operation and the fragments it spreads, directly or through other fragments. */
function reachableDefinitions(document: DocumentNode, operation: OperationDefinitionNode): DefinitionNode[] {
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const reached: DefinitionNode[] = [operation];
  const seen = new Set<string>();
  for (let next = 0; next < reached.length; next += 1) {
    visit(reached[next], {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          reached.push(fragment);
        }
      },
    });
  }
  return reached;
}

/**
 * The first page size of the operation outside 0…MAX_PAGE_SIZE, as a BAD_USER_INPUT naming the
 * argument and the field, or undefined. Checked on every field, literal, variable or default, with
 * `@skip`/`@include` disregarded: the cost estimate multiplies by these sizes, so a negative one
 * (`first: -100000`) would subtract from the cost and let an expensive query through.
 * `variables` are the coerced ones (graphql-js `getVariableValues`).
 */
export function pageSizeError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | undefined {
  const typeInfo = new TypeInfo(schema);
  let error: GraphQLError | undefined;
  const definitions = reachableDefinitions(document, operation);
  visit(
    { kind: Kind.DOCUMENT, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const argument = field?.args.find(({ name }) => name === PAGE_SIZE_ARGUMENT);
        if (!field || !argument || getNamedType(argument.type) !== GraphQLInt) return undefined;
        let size: unknown;
        try {
          // Only this argument: the others are not this check's business.
          size = getArgumentValues({ ...field, args: [argument] }, node, variables)[PAGE_SIZE_ARGUMENT];
        } catch {
          // The one way a validated document fails here: null, through a nullable variable, for a
          // `first: Int! = 20` (allowed by validation because of the default). Not a page size either.
          size = null;
        }
        if (size === undefined || (size === null && !isNonNullType(argument.type))) return undefined;
        if (typeof size === 'number' && size >= 0 && size <= MAX_PAGE_SIZE) return undefined;
        const owner = `${typeInfo.getParentType()?.name ?? '?'}.${field.name}`;
        error = new BadUserInputError(
          `${PAGE_SIZE_ARGUMENT} must be between 0 and ${MAX_PAGE_SIZE} (${owner} was asked for ${size})`,
          {
            argument: PAGE_SIZE_ARGUMENT,
            field: owner,
            value: size,
            min: 0,
            max: MAX_PAGE_SIZE,
            http: { status: 400 },
          },
        );
        return BREAK;
      },
    }),
  );
  return error;
}
