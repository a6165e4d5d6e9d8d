/**
 * Reads that need at least the reader role: portfolio data (usages,
 * requirements, findings, aggregations and exports scoped to a portfolio)
 * always, since it is the customer's own, even where catalogue reads are
 * public; everything else under AUTH_READS=required. Without any auth
 * configuration every caller is the local user, who has every role.
 */
import { hasRole, type Principal } from './principal.js';

export type ReadAccess = { allowed: true } | { allowed: false; reason: 'unauthenticated' | 'forbidden'; message: string };

/** `what`: what is read, for the message ("portfolio data"). */
export function readerAccess(principal: Principal, what: string): ReadAccess {
  if (principal.subject === undefined) {
    return { allowed: false, reason: 'unauthenticated', message: `Not authenticated: ${what} needs a bearer token (Authorization: Bearer <JWT>)` };
  }
  if (!hasRole(principal, 'reader')) {
    return {
      allowed: false,
      reason: 'forbidden',
      message: `Forbidden: ${what} needs the reader role; the token has ${principal.roles.join(', ') || 'no role'}`,
    };
  }
  return { allowed: true };
}
