/**
 * Portfolio data (usages, requirements, findings, aggregations and exports
 * scoped to a portfolio) is the customer's own: it needs at least the reader
 * role, even where catalogue reads are public. Without any auth
 * configuration every caller is the local user, who has every role.
 */
import { hasRole, type Principal } from './principal.js';

export type PortfolioAccess = { allowed: true } | { allowed: false; reason: 'unauthenticated' | 'forbidden'; message: string };

export function portfolioAccess(principal: Principal): PortfolioAccess {
  if (principal.subject === undefined) {
    return { allowed: false, reason: 'unauthenticated', message: 'Not authenticated: portfolio data needs a bearer token (Authorization: Bearer <JWT>)' };
  }
  if (!hasRole(principal, 'reader')) {
    return {
      allowed: false,
      reason: 'forbidden',
      message: `Forbidden: portfolio data needs the reader role; the token has ${principal.roles.join(', ') || 'no role'}`,
    };
  }
  return { allowed: true };
}
