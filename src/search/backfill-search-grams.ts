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
import { cypher } from '../db/cypher-statement.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';
import { searchGrams } from './search-text.js';

const batchSize = 1000;

/** Reads batches of nodes that lack grams and writes them, until none is left. Returns how many it wrote. */
async function fill(db: GraphDatabase, missing: string, set: string, grams: (row: Row) => Record<string, string>): Promise<number> {
  let written = 0;
  let previous = new Set<string>();
  for (;;) {
    const rows = await db.read(cypher(missing), { limit: batchSize });
    if (rows.length === 0) return written;
    // A write that did not take would bring the same nodes back: stop rather than loop.
    if (rows.some((row) => previous.has(row.id as string))) throw new Error(`${set} left nodes without search grams`);
    previous = new Set(rows.map((row) => row.id as string));
    await db.write(cypher(set), { rows: rows.map((row) => ({ id: row.id, ...grams(row) })) });
    written += rows.length;
  }
}

export async function backfillSearchGrams(db: GraphDatabase): Promise<number> {
  const vendors = await fill(db, 'admin/vendors-missing-search-grams', 'admin/set-vendor-search-grams', (row) => ({
    grams: searchGrams([row.text as string]),
  }));
  const services = await fill(db, 'admin/services-missing-search-grams', 'admin/set-service-search-grams', (row) => ({
    grams: searchGrams([row.text as string]),
    disclosureGrams: searchGrams(row.disclosureTexts as string[]),
  }));
  return vendors + services;
}
