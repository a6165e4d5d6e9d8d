/**
 * Gives every service that lacks it the copy of its disclosed metrics
 * (disclosed-metrics.ts), computed from its IMPLEMENTS edges as the loader
 * computes it from the seed: on a graph loaded before the copy existed,
 * where the metric filter would otherwise find nothing.
 */
import type { GraphDatabase } from '../db/graph-database.js';
import { disclosedMetricProps } from './disclosed-metrics.js';
import { fillMissing } from './fill-missing.js';

export function backfillDisclosedMetrics(db: GraphDatabase): Promise<number> {
  return fillMissing(db, 'admin/services-missing-disclosed-metrics', 'admin/set-service-disclosed-metrics', (row) => {
    const names = row.names as string[];
    const values = row.values as number[];
    return { props: disclosedMetricProps(names.map((name, i) => ({ name, value: values[i]! }))) };
  });
}
