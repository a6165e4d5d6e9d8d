/**
 * Writes the search grams (`searchGrams` on vendors and services,
 * `disclosureSearchGrams` on services) where they are missing: on a graph
 * loaded before the loader wrote them. Without them the text indexes would
 * find nothing there, and search would silently lose those hits. Run at
 * start-up with the schema (src/db/ensure-schema.ts), on an engine with text
 * indexes; a graph the current loader wrote has nothing to do (one query per
 * label). The grams are computed from the graph's own `searchText`, as the
 * loader computes them from the seed (src/seed/transform-seed.ts).
 */
import type { GraphDatabase } from '../db/graph-database.js';
import { fillMissing } from '../seed/fill-missing.js';
import { searchGrams } from './search-text.js';

export async function backfillSearchGrams(db: GraphDatabase): Promise<number> {
  const vendors = await fillMissing(db, 'admin/vendors-missing-search-grams', 'admin/set-vendor-search-grams', (row) => ({
    grams: searchGrams([row.text as string]),
  }));
  const services = await fillMissing(db, 'admin/services-missing-search-grams', 'admin/set-service-search-grams', (row) => ({
    grams: searchGrams([row.text as string]),
    disclosureGrams: searchGrams(row.disclosureTexts as string[]),
  }));
  return vendors + services;
}
