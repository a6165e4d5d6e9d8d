/**
 * A service's copy of the metrics its disclosures state, as properties of
 * the service node, for the metric filter of list/services.cypher:
 *
 * - `<metric>Min` and `<metric>Max` (e.g. `dataDeletionDaysMin`): the
 *   smallest and largest normalised value the service discloses for that
 *   metric. A one-sided bound (`lte: 30`, `gt: 48`) is decided by one of them
 *   exactly, from one property: on the large benchmark graph 9 ms over
 *   50,000 services, against 93 ms for testing each value of a list and
 *   ~450 ms for walking the 700,000 IMPLEMENTS edges.
 * - `disclosedMetricNames` / `disclosedMetricValues`: every value, as
 *   parallel lists, for bounds on both sides, which one value must meet at
 *   once (min and max alone would accept 10 and 90 for "between 30 and 60").
 *
 * The values stay on the IMPLEMENTS edges with their evidence; this is a
 * derived copy, written with the service by the loader and filled in at
 * start-up on a graph loaded before it existed (both written as the engine
 * profile derives them: src/engines/derived-properties.ts).
 */
import { metricNames } from './seed-schema.js';

export type MetricName = (typeof metricNames)[number];

/** The property names, in one place: the statement's CASE lists the same. */
export const metricMinProperty = (name: MetricName) => `${name}Min`;
export const metricMaxProperty = (name: MetricName) => `${name}Max`;

export function disclosedMetricProps(metrics: ReadonlyArray<{ name: string; value: number }>): Record<string, string[] | number[] | number> {
  const props: Record<string, string[] | number[] | number> = {
    disclosedMetricNames: metrics.map((m) => m.name),
    disclosedMetricValues: metrics.map((m) => m.value),
  };
  for (const name of metricNames) {
    const values = metrics.filter((m) => m.name === name).map((m) => m.value);
    if (values.length === 0) continue;
    props[metricMinProperty(name)] = Math.min(...values);
    props[metricMaxProperty(name)] = Math.max(...values);
  }
  return props;
}
