/**
 * What an aggregation is over: the services a portfolio uses (with the
 * criticality mix of its usages), or every service of the graph when no
 * portfolio is given; and whether the portfolio named exists.
 */
import { z } from 'zod';
import { readSingleRow, statement, type GraphReader } from './statement.js';

/** How many services of each criticality (1 critical, 2 important, 3 other). */
export interface CriticalityMix {
  critical: number;
  important: number;
  other: number;
}

/** A sum over no rows: Neo4j says 0, the embedded engine null. */
export const countOrZero = z
  .number()
  .nullable()
  .transform((n) => n ?? 0);

export const criticalityMixColumns = { critical: countOrZero, important: countOrZero, other: countOrZero };

export const mixOf = (row: CriticalityMix): CriticalityMix => ({ critical: row.critical, important: row.important, other: row.other });

const scopeStatement = statement<{ portfolioId: string | null }>('read/analytics/portfolio-scope');
const scopeRow = z.object({ known: z.boolean(), serviceCount: z.number(), vendorCount: z.number(), ...criticalityMixColumns });

export interface PortfolioScope {
  /** False when a portfolio id was given and no such portfolio exists. */
  known: boolean;
  serviceCount: number;
  vendorCount: number;
  /** All zeros over the whole graph, where services have no criticality. */
  criticality: CriticalityMix;
}

/** `portfolioId` null: the whole graph. */
export async function readPortfolioScope(db: GraphReader, portfolioId: string | null): Promise<PortfolioScope> {
  const row = await readSingleRow(db, scopeStatement, { portfolioId }, scopeRow);
  return { known: row.known, serviceCount: row.serviceCount, vendorCount: row.vendorCount, criticality: mixOf(row) };
}
