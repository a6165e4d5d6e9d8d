/**
 * type-graphql's `@Authorized(role)`: the one place a resolver's role is
 * checked. An anonymous caller gets UNAUTHENTICATED (send a token), a
 * verified one without the role FORBIDDEN; on a read-only server every
 * guarded field is FORBIDDEN.
 */
import type { AuthChecker } from 'type-graphql';
import { hasRole, isRole, type Role } from '../auth/principal.js';
import type { GraphContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

export const authChecker: AuthChecker<GraphContext, Role> = ({ context, info }, required) => {
  if (info.parentType.name === 'Mutation' && !context.writesEnabled) throw forbidden('This server is read-only (WRITES_ENABLED=false)');
  const { principal } = context;
  if (principal.subject === undefined) throw unauthenticated('Not authenticated: this operation needs a bearer token (Authorization: Bearer <JWT>)');
  const needed = required.filter(isRole);
  if (needed.length > 0 && !needed.some((role) => hasRole(principal, role))) {
    throw forbidden(`Forbidden: this operation needs the ${needed.join(' or ')} role; the token has ${principal.roles.join(', ') || 'no role'}`);
  }
  return true;
};
