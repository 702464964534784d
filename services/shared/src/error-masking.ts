import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { argumentPathOf, variableArgumentPathOf } from './argument-paths';
import { ErrorCode } from './errors';
import { logger } from './logging';
import { currentRequest, noteError } from './request-observation';

const MASKED_MESSAGE = /^Internal error; reference [\w-]+$/;

/**
 * Apollo's `formatError` for the gateway and every subgraph. A refusal someone meant (any error with
 * a code other than INTERNAL_SERVER_ERROR: ours, Apollo's request errors, type-graphql's) passes as
 * it is; a literal or a variable's value that fails validation also gets the argument it is about. Anything else (a
 * driver's message, a TypeError, a non-null violation) is unexpected: the client gets a stable code
 * and a reference, and the full error goes to the server's log under that reference. An error that
 * another service already masked keeps its reference, so the trail leads to that service's log.
 * Every error sent is also counted for the request's log line and metrics (request-observation.ts).
 */
export function maskUnexpectedErrors(service: string) {
  const format = maskWith(service);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const sent = format(formatted, error);
    noteError(sent);
    return sent;
  };
}

function maskWith(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.extensions?.argument === undefined) {
      const argument = argumentPathOf(error);
      return argument ? { ...formatted, extensions: { ...formatted.extensions, argument } } : formatted;
    }
    if (code === 'BAD_USER_INPUT' && formatted.extensions?.argument === undefined) {
      const argument = variableArgumentPathOf(error);
      if (argument) return { ...formatted, extensions: { ...formatted.extensions, argument } };
    }
    if (typeof code === 'string' && code !== ErrorCode.Internal) return formatted;
    if (MASKED_MESSAGE.test(formatted.message) && typeof formatted.extensions?.requestId === 'string') {
      return formatted;
    }
    const reference = randomUUID();
    const cause = unwrapResolverError(error);
    logger().error(
      {
        service,
        requestId: currentRequest()?.requestId,
        reference,
        path: formatted.path,
        err: cause,
      },
      'internal error',
    );
    return {
      message: `Internal error; reference ${reference}`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      // `requestId` is the extension's historical name for the reference.
      extensions: { code: ErrorCode.Internal, requestId: reference },
    };
  };
}
