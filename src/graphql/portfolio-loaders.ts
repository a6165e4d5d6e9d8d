/**
 * Per-request DataLoaders for portfolio data, kept beside the request's
 * other loaders (loaders.ts) and made on first use: a request that touches
 * no portfolio pays nothing. Each sends one statement for every portfolio
 * the request asks about (usages: for each page-and-filter asked).
 */
import DataLoader from 'dataloader';
import type { GraphContext } from './context.js';
import { readPortfolioScopes, readPortfoliosById, readRequirements, readUsagePages, type UsageFilter } from '../queries/portfolios/read-portfolios.js';
import type { PageWindow } from '../queries/page.js';

function createPortfolioLoaders(ctx: GraphContext) {
  const usagePages = new Map<string, DataLoader<string, Awaited<ReturnType<typeof readUsagePages>>[number]>>();
  return {
    byId: new DataLoader((ids: readonly string[]) => readPortfoliosById(ctx.db, ids)),
    requirements: new DataLoader((ids: readonly string[]) => readRequirements(ctx.db, ids)),
    /** What a question scoped to a portfolio reads first (portfolio-access.ts). */
    scope: new DataLoader((ids: readonly string[]) => readPortfolioScopes(ctx.db, ids)),
    /** The loader of one page and filter: portfolios asking for the same one share its statement. */
    usages(filter: UsageFilter, page: PageWindow) {
      const key = JSON.stringify([filter.criticality, filter.dataClass, page.offset, page.limit]);
      let loader = usagePages.get(key);
      if (!loader) {
        loader = new DataLoader((ids: readonly string[]) => readUsagePages(ctx.db, ids, filter, page));
        usagePages.set(key, loader);
      }
      return loader;
    },
  };
}

const perRequest = new WeakMap<GraphContext, ReturnType<typeof createPortfolioLoaders>>();

export function portfolioLoaders(ctx: GraphContext): ReturnType<typeof createPortfolioLoaders> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createPortfolioLoaders(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
