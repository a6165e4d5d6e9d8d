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
 * whole, from the seed being loaded); a curation write recomputes a
 * service's from its current disclosures (src/queries/curation/
 * write-facts.ts `refreshServiceDerived`, through the profile's `derived`);
 * a graph loaded by a version that did
 * not write them gets them at start-up (`backfillDerivedProperties`); on a
 * graph the current loader wrote that is one cheap read per backfill.
 */
import { z } from 'zod';
import type { GraphDatabase } from '../db/graph-database.js';
import { statement } from '../queries/statement.js';
import { searchGrams } from '../search/search-text.js';
import type { DerivedProperties } from '../seed/derived-properties.js';
import { disclosedMetricProps } from '../seed/disclosed-metrics.js';
import { backfill, fillMissing } from './fill-missing.js';

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

const vendorSearchGrams = backfill({
  missing: statement('admin/vendors-missing-search-grams'),
  row: z.object({ id: z.string(), text: z.string() }),
  set: statement('admin/set-vendor-search-grams'),
  derive: (row) => ({ grams: searchGrams([row.text]) }),
});

const serviceSearchGrams = backfill({
  missing: statement('admin/services-missing-search-grams'),
  row: z.object({ id: z.string(), text: z.string(), disclosureTexts: z.array(z.string()) }),
  set: statement('admin/set-service-search-grams'),
  derive: (row) => ({ grams: searchGrams([row.text]), disclosureGrams: searchGrams(row.disclosureTexts) }),
});

const serviceMetricCopies = backfill({
  missing: statement('admin/services-missing-disclosed-metrics'),
  // Parallel lists, as the statement collects them from the edges.
  row: z.object({ id: z.string(), names: z.array(z.string()), values: z.array(z.number()) }),
  set: statement('admin/set-service-disclosed-metrics'),
  derive: (row) => ({ props: disclosedMetricProps(row.names.flatMap((name, i) => (row.values[i] === undefined ? [] : [{ name, value: row.values[i] }]))) }),
});

/** Computes what a graph loaded before these properties existed lacks, from the graph's own texts and metrics, as the loader computes it from the seed. */
export async function backfillDerivedProperties(db: GraphDatabase): Promise<BackfillSummary> {
  const vendors = await fillMissing(db, vendorSearchGrams);
  const services = await fillMissing(db, serviceSearchGrams);
  const metrics = await fillMissing(db, serviceMetricCopies);
  return { searchGramsWritten: vendors + services, disclosedMetricsWritten: metrics };
}
