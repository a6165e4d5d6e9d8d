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
import type { UsageRecord } from '../queries/portfolios/portfolio-records.js';

/** The `portfolio` argument of the questions and lists a portfolio can scope. */
export const portfolioArgumentDescription =
  'Scope the answer to a portfolio: only the services it uses (and their vendors), each service with its `criticality` and `usage` there (reader role when authentication is configured). Unknown id: NOT_FOUND.';

export function requirePortfolioReader(ctx: GraphContext): void {
  // The same rule as the exports' (src/server/export-route.ts), answered as GraphQL errors.
  const access = readerAccess(ctx.principal, 'portfolio data');
  if (!access.allowed) throw access.reason === 'unauthenticated' ? unauthenticated(access.message) : forbidden(access.message);
}

/** A question scoped to a portfolio: the services it uses (and their vendors), and each one's usage. */
export interface PortfolioScope {
  portfolioId: string;
  /** The ids the question's statements take (`$scopeServiceIds`), in id order. */
  serviceIds: string[];
  /** The vendors of those services. */
  vendorIds: string[];
  usageOf(serviceId: string): UsageRecord | undefined;
}

/**
 * The portfolio a question is scoped to, checked: null when none is given;
 * the caller must be a reader, and the portfolio must exist (NOT_FOUND
 * naming the argument otherwise). One statement, shared by every field of
 * the request scoped to the same portfolio.
 */
export async function portfolioScope(ctx: GraphContext, id: string | null | undefined, argumentName = 'portfolio'): Promise<PortfolioScope | null> {
  if (id === null || id === undefined) return null;
  requirePortfolioReader(ctx);
  const scope = await portfolioLoaders(ctx).scope.load(id);
  if (!scope) throw notFound(argumentName, 'portfolio', id);
  const usages = new Map(scope.usages.map((u) => [u.serviceId, u]));
  return {
    portfolioId: id,
    serviceIds: [...usages.keys()],
    vendorIds: [...new Set(scope.usages.flatMap((u) => (u.vendorId ? [u.vendorId] : [])))].sort(),
    usageOf: (serviceId) => usages.get(serviceId),
  };
}

/** A service on a scoped answer carries its scope, so `Service.criticality` and `Service.usage` can say what it is to the portfolio. */
export type InPortfolio<T> = T & { inPortfolio?: PortfolioScope | undefined };

export function inScope<T extends object>(item: T, scope: PortfolioScope | null): InPortfolio<T> {
  return scope ? { ...item, inPortfolio: scope } : item;
}

/** The service of an edge on a scoped answer, carrying the edge's scope on to it. */
export async function serviceInScope(ctx: GraphContext, serviceId: string, edge: InPortfolio<object>) {
  const service = await ctx.loaders.services.load(serviceId);
  return service ? inScope(service, edge.inPortfolio ?? null) : null;
}
