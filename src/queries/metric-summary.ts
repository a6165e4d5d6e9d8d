/**
 * Count, minimum, maximum and average of one metric's normalised values
 * (src/seed/normalize-metric.ts) per group, over a portfolio's services or
 * the whole graph, in one statement (cypher/read/analytics/metric-summary.cypher).
 */
import { z } from 'zod';
import type { MetricName } from '../seed/seed-schema.js';
import { readRows, statement, type GraphReader } from './statement.js';

export const metricGroupings = ['PROVIDER', 'REGION', 'VENDOR', 'CERTIFICATION', 'CRITICALITY'] as const;
export type MetricGrouping = (typeof metricGroupings)[number];

export interface MetricSummaryRequest {
  /** Null: every service of the graph (CRITICALITY then has no groups: only usages have a criticality). */
  portfolioId: string | null;
  metric: MetricName;
  groupBy: MetricGrouping;
}

const summaryStatement = statement<MetricSummaryRequest>('read/analytics/metric-summary');
const groupRow = z.object({
  key: z.string(),
  name: z.string(),
  count: z.number(),
  serviceCount: z.number(),
  min: z.number(),
  max: z.number(),
  average: z.number(),
});

export type MetricGroup = z.infer<typeof groupRow>;

/** One row per group with at least one value, by key. */
export function metricSummary(db: GraphReader, request: MetricSummaryRequest): Promise<MetricGroup[]> {
  return readRows(db, summaryStatement, { ...request }, groupRow);
}
