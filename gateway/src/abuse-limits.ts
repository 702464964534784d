import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  DocumentNode,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../../services/shared/src/errors';
import {
  introspectionAliasRule,
  introspectionDepthRule,
  introspectionEstimator,
  STANDARD_INTROSPECTION_DEPTH,
} from './introspection-limits';
import { knownOperationTypeRule, operationResolutionError } from './operation-checks';
import { PAGE_SIZE_ARGUMENT, pageSizeError } from './page-sizes';

export interface AbuseLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Assumed size of a list that takes no `first` argument. */
  assumedListSize: number;
  introspection: boolean;
}

/**
 * Cost of a field: 1, plus its selection times the number of items it can return, taken from the
 * `first` argument of a connection or `assumedListSize` for a plain list. Page sizes are checked
 * before any estimate (page-sizes.ts); the clamp keeps a cost from ever being negative regardless,
 * since one negative term would pay for any number of expensive ones.
 */
export function paginationEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const items = args[PAGE_SIZE_ARGUMENT];
    if (typeof items === 'number') return 1 + Math.max(items, 0) * Math.max(childComplexity, 1);
    // A connection's edges are already counted by its `first`.
    if (field.name === 'edges') return 1 + Math.max(childComplexity, 0);
    const type = isNonNullType(field.type) ? field.type.ofType : field.type;
    return isListType(type) ? 1 + Math.max(assumedListSize, 0) * Math.max(childComplexity, 1) : undefined;
  };
}

type Costed = {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
};

function estimateCost(limits: AbuseLimits, { schema, document, operation, variables }: Costed): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName: operation.name?.value,
      estimators: [
        // With introspection off, Apollo refuses __schema and __type before this runs.
        ...(limits.introspection ? [introspectionEstimator] : []),
        paginationEstimator(limits.assumedListSize),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch (error) {
    // The estimator reports what does not coerce in the request (an argument given null through a
    // variable, say) as a GraphQLError: the client's input, refused as such and not as a 500.
    if (!(error instanceof GraphQLError)) throw error;
    throw new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } },
    });
  }
}

function costLimitPlugin(limits: AbuseLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) throw operationResolutionError(document, request.operationName ?? undefined);
          const { coerced, errors } = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          // Variables that do not coerce cannot be costed; the gateway's executor refuses them right
          // after this hook, before planning, all of them at once, with 400 BAD_USER_INPUT (as a
          // subgraph would). Nothing reaches a subgraph either way.
          if (errors || !coerced) return;
          const pageSize = pageSizeError(schema, document, operation, coerced);
          if (pageSize) throw pageSize;
          const cost = estimateCost(limits, {
            schema,
            document,
            operation,
            variables: request.variables ?? {},
          });
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `This query would cost ${cost}, above the limit of ${limits.maxCost}: ask for fewer items per page or fewer fields`,
              {
                extensions: {
                  code: ErrorCode.BadUserInput,
                  limit: 'cost',
                  cost,
                  maxCost: limits.maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * Limits checked at the gateway before any subgraph is called: tokens (graphql-js's parser), depth,
 * aliases and directives (graphql-armor validation rules), cost from page sizes (graphql-query-complexity).
 * Introspection has its own depth bound and no aliases, and costs nothing (introspection-limits.ts).
 */
export function abuseProtection(limits: AbuseLimits) {
  const armor = new ApolloArmor({
    // `__schema` is exempt here and bounded by introspectionDepthRule instead.
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true },
    // armor exempts aliases of __typename by default, yet each is one more answer entry to build;
    // no client needs to alias it.
    maxAliases: { n: limits.maxAliases, allowList: [] },
    // Tokens are limited by the parser itself (parseOptions below), which answers 400, not 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: !limits.introspection },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [...plugins, costLimitPlugin(limits)],
    validationRules: [
      ...validationRules,
      introspectionDepthRule(Math.max(limits.maxDepth, STANDARD_INTROSPECTION_DEPTH)),
      introspectionAliasRule,
      knownOperationTypeRule,
    ],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
