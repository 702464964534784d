import type { AuthChecker } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { ConfigurationError, ForbiddenError, UnauthenticatedError } from './errors';
import type { Identity } from './identity';

export interface AccessRequest<TContext> {
  context: TContext;
  root: unknown;
  args: Record<string, unknown>;
}

/** A named rule for `@Authorized(...)`: may this identity read this field or run this mutation? */
export type AccessRule<TContext> = (request: AccessRequest<TContext>) => boolean;

/** Rules every subgraph shares. */
export const commonRules = {
  SIGNED_IN: ({ context }: AccessRequest<{ identity: Identity }>) => !context.identity.anonymous,
  HUB_ADMIN: ({ context }: AccessRequest<{ identity: Identity }>) => context.identity.role === 'hub-admin',
};

type Details = Record<string, unknown>;

/** The refusal for `identity`: UNAUTHENTICATED when anonymous (signing in may help), FORBIDDEN otherwise. */
export function refusal(
  identity: Identity,
  signIn: [message: string, details?: Details],
  forbidden: [message: string, details?: Details],
): GraphQLError {
  return identity.anonymous ? new UnauthenticatedError(...signIn) : new ForbiddenError(...forbidden);
}

/** For checks that need a record first: refuses unless `allowed`, naming who may. */
export function requireThat(allowed: boolean, identity: Identity, who: string): void {
  if (!allowed) throw refusal(identity, [`Sign in: only ${who} may do this`], [`Only ${who} may do this`]);
}

/**
 * The type-graphql auth checker of a subgraph: `@Authorized('A', 'B')` passes when any named rule
 * does. It is enforced where the data lives, so it holds on every path, `_entities` included. A
 * refusal is UNAUTHENTICATED for anonymous callers and FORBIDDEN otherwise, for that field alone.
 */
export function createAuthChecker<TContext extends { identity: Identity }>(
  rules: Record<string, AccessRule<TContext>>,
): AuthChecker<TContext> {
  return ({ context, root, args, info }, ruleNames) => {
    for (const name of ruleNames) {
      const rule = rules[name];
      if (!rule) throw new ConfigurationError(`No access rule named ${name}`);
      if (rule({ context, root, args })) return true;
    }
    const what = `${info.parentType.name}.${info.fieldName}`;
    throw refusal(
      context.identity,
      [`Sign in to use ${what}`, { field: what }],
      [`Your role (${context.identity.role}) may not use ${what}`, { field: what, allowed: ruleNames }],
    );
  };
}
