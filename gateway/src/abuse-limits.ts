import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, isListType, isNonNullType } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import {
  introspectionAliasRule,
  introspectionDepthRule,
  introspectionEstimator,
  STANDARD_INTROSPECTION_DEPTH,
} from './introspection-limits';

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
 * `first` argument of a connection or `assumedListSize` for a plain list.
 */
function paginationEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (typeof args.first === 'number') return 1 + args.first * Math.max(childComplexity, 1);
    // A connection's edges are already counted by its `first`.
    if (field.name === 'edges') return 1 + childComplexity;
    const type = isNonNullType(field.type) ? field.type.ofType : field.type;
    return isListType(type) ? 1 + assumedListSize * Math.max(childComplexity, 1) : undefined;
  };
}

function costLimitPlugin(limits: AbuseLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [
              // With introspection off, Apollo refuses __schema and __type before this runs.
              ...(limits.introspection ? [introspectionEstimator] : []),
              paginationEstimator(limits.assumedListSize),
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `This query would cost ${cost}, above the limit of ${limits.maxCost}: ask for fewer items per page or fewer fields`,
              {
                extensions: {
                  code: 'BAD_USER_INPUT',
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
    ],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
