/**
 * Portfolio data is the customer's own: whenever authentication is
 * configured it needs at least the reader role, even where catalogue reads
 * are public (AUTH_READS not `required`). Without any auth configuration
 * every request is the local development user, who holds every role.
 * The portfolio queries say so with `@Authorized('reader')`; a question
 * that takes an optional `portfolio` argument checks here when it is given.
 */
import { hasRole } from '../auth/principal.js';
import type { GraphContext } from './context.js';
import { forbidden, notFound, unauthenticated } from './errors.js';
import { portfolioLoaders } from './portfolio-loaders.js';

export function requirePortfolioReader(ctx: GraphContext): void {
  if (ctx.principal.subject === undefined)
    throw unauthenticated('Not authenticated: portfolio data needs a bearer token (Authorization: Bearer <JWT>) with the reader role');
  if (!hasRole(ctx.principal, 'reader')) throw forbidden('Forbidden: portfolio data needs the reader role');
}

/**
 * The portfolio a question is scoped to, checked: null when none is given;
 * the caller must be a reader, and the portfolio must exist (NOT_FOUND
 * naming the argument otherwise).
 */
export async function portfolioScope(ctx: GraphContext, id: string | null | undefined, argumentName = 'portfolio'): Promise<string | null> {
  if (id === null || id === undefined) return null;
  requirePortfolioReader(ctx);
  if (!(await portfolioLoaders(ctx).byId.load(id))) throw notFound(argumentName, 'portfolio', id);
  return id;
}
