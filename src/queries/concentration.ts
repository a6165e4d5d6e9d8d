/**
 * Concentration risk: what the services in scope (a portfolio's, or the
 * whole graph's) depend on, directly and through DEPENDS_ON chains, ranked
 * by how many of them depend on it, each with its vendors, criticality mix
 * and the first services. One statement ranks, counts and lists
 * (cypher/read/analytics/concentration.cypher), whatever the dimension.
 */
import { z } from 'zod';
import type { PageOf } from './page.js';
import { criticalityMixColumns, mixOf, readPortfolioScope, type CriticalityMix, type PortfolioScope } from './portfolio-scope.js';
import { serviceRecord, type ServiceRecord } from './records.js';
import { readSingleRow, statement, type GraphReader } from './statement.js';

export const concentrationDimensions = ['PROVIDER', 'REGION', 'COUNTRY', 'SUBPROCESSOR', 'CERTIFICATION_ISSUER'] as const;
export type ConcentrationDimension = (typeof concentrationDimensions)[number];

export interface ConcentrationRequest {
  /** Null: every service of the graph. */
  portfolioId: string | null;
  by: ConcentrationDimension;
  /** Entries to return, largest first. */
  limit: number;
  /** Services listed with each entry, most critical first, then by name. */
  servicesPerEntry: number;
}

const rankingStatement = statement<{ portfolioId: string | null; by: ConcentrationDimension; limit: number; servicesPerEntry: number }>(
  'read/analytics/concentration',
);

const concentratedService = serviceRecord.extend({ criticality: z.number().nullable(), direct: z.boolean() });
const entryRow = z.object({
  key: z.string(),
  name: z.string(),
  serviceCount: z.number(),
  vendorCount: z.number(),
  ...criticalityMixColumns,
  services: z.array(concentratedService),
});
const rankingRow = z.object({ totalCount: z.number(), entries: z.array(entryRow) });

export interface ConcentratedService {
  service: ServiceRecord;
  /** The portfolio's criticality of its usage; undefined over the whole graph. */
  criticality: number | undefined;
  /** True when the service relies on the entry itself, false when only through a sub-processor (DEPENDS_ON). */
  direct: boolean;
}

export interface ConcentrationEntry {
  /** Provider id, region id, country code, sub-processor service id, or the issuer as printed. */
  key: string;
  name: string;
  /** Services in scope that depend on it. */
  serviceCount: number;
  /** Their vendors. */
  vendorCount: number;
  criticality: CriticalityMix;
  services: ConcentratedService[];
}

/** The ranking's first `limit` entries, and how many there are in all. */
export async function concentration(db: GraphReader, request: ConcentrationRequest): Promise<PageOf<ConcentrationEntry>> {
  const { totalCount, entries } = await readSingleRow(db, rankingStatement, { ...request }, rankingRow);
  return {
    totalCount,
    items: entries.map((e) => ({
      key: e.key,
      name: e.name,
      serviceCount: e.serviceCount,
      vendorCount: e.vendorCount,
      criticality: mixOf(e),
      services: e.services.map(({ criticality, direct, ...service }) => ({ service, criticality: criticality ?? undefined, direct })),
    })),
  };
}

export interface ConcentrationReport extends PageOf<ConcentrationEntry & { share: number }> {
  scope: PortfolioScope;
}

/** The ranking with what it is over (and each entry's share of it): two statements, run together. */
export async function concentrationReport(db: GraphReader, request: ConcentrationRequest): Promise<ConcentrationReport> {
  const [scope, ranking] = await Promise.all([readPortfolioScope(db, request.portfolioId), concentration(db, request)]);
  const share = (count: number) => (scope.serviceCount === 0 ? 0 : count / scope.serviceCount);
  return { scope, totalCount: ranking.totalCount, items: ranking.items.map((e) => ({ ...e, share: share(e.serviceCount) })) };
}
