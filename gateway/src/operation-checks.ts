import { ApolloServerErrorCode } from '@apollo/server/errors';
import { DocumentNode, GraphQLError, Kind, ValidationRule } from 'graphql';

/**
 * Refuses an operation whose type the schema has no root for (`subscription { … }` here), as
 * graphql-js 17's KnownOperationTypesRule does. graphql-js 16 lets it through validation, and the
 * gateway's planner then throws, which Apollo answers with a 500.
 */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, {
        nodes: [node],
        extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED },
      }),
    );
  },
});

/**
 * The refusal of a document whose operation cannot be chosen, in graphql-js's words (a subgraph's
 * `execute` says the same, with Apollo's 400 OPERATION_RESOLUTION_FAILURE). The gateway's own
 * executor would throw instead, which Apollo answers with a 500.
 */
export function operationResolutionError(
  document: DocumentNode,
  operationName: string | undefined,
): GraphQLError {
  const operations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const message = operationName
    ? `Unknown operation named "${operationName}".`
    : operations.length > 1
      ? 'Must provide operation name if query contains multiple operations.'
      : 'Must provide an operation.';
  return new GraphQLError(message, {
    extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } },
  });
}
