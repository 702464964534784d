import type { AuthChecker } from 'type-graphql';
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
    if (context.identity.anonymous) {
      throw new UnauthenticatedError(`Sign in to use ${what}`, { field: what });
    }
    throw new ForbiddenError(`Your role (${context.identity.role}) may not use ${what}`, {
      field: what,
      allowed: ruleNames,
    });
  };
}
