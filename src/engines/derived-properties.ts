/**
 * The derived properties both engine profiles write, and their backfills.
 *
 * - Search grams (src/search/search-text.ts `searchGrams`): `searchGrams` on
 *   vendors and services, of their own `searchText`, and
 *   `disclosureSearchGrams` on services, of the `searchText` of all their
 *   disclosures (a disclosure is an IMPLEMENTS relationship; the embedded
 *   engine indexes node properties only, and Neo4j's index over the same
 *   node properties finds the same candidates). The text indexes of both
 *   profiles are over these.
 * - The services' copy of their disclosed metrics
 *   (src/seed/disclosed-metrics.ts), read by the metric filter of
 *   cypher/read/list/services.cypher on both engines.
 *
 * The loader writes them with the node (`SET n = row.props` replaces them
 * whole, from the seed being loaded); a graph loaded by a version that did
 * not write them gets them at start-up (`backfillDerivedProperties`); on a
 * graph the current loader wrote that is one cheap read per backfill.
 */
import type { GraphDatabase } from '../db/graph-database.js';
import { searchGrams } from '../search/search-text.js';
import type { DerivedProperties } from '../seed/derived-properties.js';
import { disclosedMetricProps } from '../seed/disclosed-metrics.js';
import { fillMissing } from './fill-missing.js';

export const searchGramsAndMetricCopies: DerivedProperties = {
  vendor: (searchText) => ({ searchGrams: searchGrams([searchText]) }),
  service: ({ searchText, disclosureSearchTexts, metrics }) => ({
    ...disclosedMetricProps(metrics),
    searchGrams: searchGrams([searchText]),
    disclosureSearchGrams: searchGrams(disclosureSearchTexts),
  }),
};

export interface BackfillSummary {
  /** Vendors and services given the search grams they lacked. */
  searchGramsWritten: number;
  /** Services given the copy of their disclosed metrics they lacked. */
  disclosedMetricsWritten: number;
}

/** Computes what a graph loaded before these properties existed lacks, from the graph's own texts and metrics, as the loader computes it from the seed. */
export async function backfillDerivedProperties(db: GraphDatabase): Promise<BackfillSummary> {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const vendors = await fillMissing(db, 'admin/vendors-missing-search-grams', 'admin/set-vendor-search-grams', (row) => ({
    grams: searchGrams([text(row.text)]),
  }));
  const services = await fillMissing(db, 'admin/services-missing-search-grams', 'admin/set-service-search-grams', (row) => ({
    grams: searchGrams([text(row.text)]),
    disclosureGrams: searchGrams(strings(row.disclosureTexts)),
  }));
  const metrics = await fillMissing(db, 'admin/services-missing-disclosed-metrics', 'admin/set-service-disclosed-metrics', (row) => {
    // Parallel lists, as the statement collects them from the edges.
    const values = Array.isArray(row.values) ? row.values : [];
    const metrics = strings(row.names).flatMap((name, i) => (typeof values[i] === 'number' ? [{ name, value: values[i] }] : []));
    return { props: disclosedMetricProps(metrics) };
  });
  return { searchGramsWritten: vendors + services, disclosedMetricsWritten: metrics };
}
