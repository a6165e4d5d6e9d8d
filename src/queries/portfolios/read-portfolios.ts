/**
 * Reading portfolios: by id (batched), all of them, their usages a page at
 * a time (batched over the portfolios of a request that ask for the same
 * page), and their requirements (batched).
 */
import { z } from 'zod';
import { keyedLookup, readAllEach, readOneEach } from '../keyed-lookups.js';
import { pageRow, type PageOf, type PageWindow } from '../page.js';
import { readRows, statement, type GraphReader } from '../statement.js';
import {
  portfolioRecord,
  requirementRecord,
  scopeRecord,
  usageRecord,
  type PortfolioRecord,
  type RequirementRecord,
  type ScopeRecord,
  type UsageRecord,
} from './portfolio-records.js';

const portfoliosById = keyedLookup('read/portfolios/by-id', 'node', portfolioRecord);
const portfolioRequirements = keyedLookup('read/portfolios/requirements', 'node', requirementRecord);
const portfolioScopes = keyedLookup('read/portfolios/scope', 'node', scopeRecord);
const allPortfolios = statement<Record<string, never>>('read/portfolios/all');
const usagesPages = statement<{ ids: string[]; criticality: number | null; dataClass: string | null; offset: number; limit: number }>(
  'read/portfolios/usages-pages',
);

export function readPortfoliosById(db: GraphReader, ids: readonly string[]): Promise<Array<PortfolioRecord | null>> {
  return readOneEach(db, portfoliosById, ids);
}

/** The current usages of each portfolio, for a question scoped to it; null for an unknown portfolio. */
export function readPortfolioScopes(db: GraphReader, ids: readonly string[]): Promise<Array<ScopeRecord | null>> {
  return readOneEach(db, portfolioScopes, ids);
}

export async function readAllPortfolios(db: GraphReader): Promise<PortfolioRecord[]> {
  return (await readRows(db, allPortfolios, {}, z.object({ portfolio: portfolioRecord }))).map((r) => r.portfolio);
}

export function readRequirements(db: GraphReader, portfolioIds: readonly string[]): Promise<RequirementRecord[][]> {
  return readAllEach(db, portfolioRequirements, portfolioIds);
}

export interface UsageFilter {
  criticality: number | null;
  /** Upper case, as stored. */
  dataClass: string | null;
}

const usagesPageRow = pageRow('usages', usageRecord).extend({ key: z.string() });

/** One page of each portfolio's current usages, most critical first; an unknown portfolio gets an empty page. */
export async function readUsagePages(
  db: GraphReader,
  portfolioIds: readonly string[],
  filter: UsageFilter,
  page: PageWindow,
): Promise<Array<PageOf<UsageRecord>>> {
  const rows = await readRows(db, usagesPages, { ids: [...portfolioIds], ...filter, ...page }, usagesPageRow);
  const byKey = new Map(rows.map((r) => [r.key, { totalCount: r.totalCount, items: r.usages }]));
  return portfolioIds.map((id) => byKey.get(id) ?? { totalCount: 0, items: [] });
}
