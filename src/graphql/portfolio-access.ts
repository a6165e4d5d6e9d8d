/**
 * Portfolio data is the customer's own: whenever authentication is
 * configured it needs at least the reader role, even where catalogue reads
 * are public (AUTH_READS not `required`). Without any auth configuration
 * every request is the local development user, who holds every role.
 * The portfolio queries say so with `@Authorized('reader')`; a question
 * that takes an optional `portfolio` argument checks here when it is given.
 */
import { readerAccess } from '../auth/reader-access.js';
import type { GraphContext } from './context.js';
import { forbidden, notFound, unauthenticated } from './errors.js';
import { portfolioLoaders } from './portfolio-loaders.js';

export function requirePortfolioReader(ctx: GraphContext): void {
  // The same rule as the exports' (src/server/export-route.ts), answered as GraphQL errors.
  const access = readerAccess(ctx.principal, 'portfolio data');
  if (!access.allowed) throw access.reason === 'unauthenticated' ? unauthenticated(access.message) : forbidden(access.message);
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
