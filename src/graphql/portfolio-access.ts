/** The GraphQL side of portfolio access (src/auth/portfolio-access.ts): a refused caller gets UNAUTHENTICATED or FORBIDDEN. */
import { portfolioAccess } from '../auth/portfolio-access.js';
import type { GraphContext } from './context.js';
import { forbidden, notFound, unauthenticated } from './errors.js';

/** Throws unless the caller may read portfolio data. */
export function requirePortfolioReader(ctx: Pick<GraphContext, 'principal'>): void {
  const access = portfolioAccess(ctx.principal);
  if (!access.allowed) throw access.reason === 'unauthenticated' ? unauthenticated(access.message) : forbidden(access.message);
}

/** A portfolio id the graph does not hold, named after the argument that gave it. */
export function unknownPortfolio(id: string, argumentName = 'portfolio') {
  return notFound(argumentName, 'portfolio', id);
}
