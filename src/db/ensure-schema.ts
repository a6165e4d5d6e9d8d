/**
 * Creates the constraints and indexes at start-up. Every statement is
 * `IF NOT EXISTS`, so this is safe on every start and on both engines; the
 * text indexes are looked for before they are created, for the same reason.
 * Then fills in what the loader derives (search grams, the services' copy of
 * their disclosed metrics) wherever a graph loaded by an older version lacks
 * it; on a graph the current loader wrote that is one cheap read each.
 */
import { cypher, splitScript } from './cypher-statement.js';
import type { GraphDatabase } from './graph-database.js';
import { backfillSearchGrams } from '../search/backfill-search-grams.js';
import { backfillDisclosedMetrics } from '../seed/backfill-disclosed-metrics.js';

/**
 * The text indexes search finds candidates by, on an engine that has them
 * (`GraphDatabase.ensureTextIndex`: the embedded engine). Each is on grams
 * the seed transform writes (src/search/search-text.ts `searchGrams`): of a
 * vendor's and a service's own `searchText`, and `disclosureSearchGrams`, of
 * the `searchText` of every disclosure of the service (a disclosure is an
 * IMPLEMENTS relationship, and the engine indexes node properties only).
 */
export const textIndexes = {
  vendors: { label: 'Vendor', property: 'searchGrams' },
  services: { label: 'Service', property: 'searchGrams' },
  serviceDisclosures: { label: 'Service', property: 'disclosureSearchGrams' },
} as const;

export interface SchemaSummary {
  /** Text indexes created by this call, as `Label.property`: none when they all existed. */
  textIndexesCreated: string[];
  /** Vendors and services given the search grams they lacked (a graph loaded before they existed). */
  searchGramsWritten: number;
  /** Services given the copy of their disclosed metrics they lacked (likewise). */
  disclosedMetricsWritten: number;
}

export async function ensureSchema(db: GraphDatabase): Promise<SchemaSummary> {
  const scripts = ['schema/constraints', 'schema/indexes', ...(db.engine === 'embedded' ? ['schema/embedded-id-indexes'] : [])];
  for (const script of scripts) {
    const statement = cypher(script);
    for (const [i, text] of splitScript(statement).entries()) {
      // Schema commands cannot share a transaction with each other on Neo4j: one each.
      await db.write({ name: `${statement.name}#${i + 1}`, text, params: [] });
    }
  }
  const textIndexesCreated: string[] = [];
  let searchGramsWritten = 0;
  if (db.ensureTextIndex) {
    for (const { label, property } of Object.values(textIndexes)) {
      if (await db.ensureTextIndex(label, property)) textIndexesCreated.push(`${label}.${property}`);
    }
    searchGramsWritten = await backfillSearchGrams(db);
  }
  return { textIndexesCreated, searchGramsWritten, disclosedMetricsWritten: await backfillDisclosedMetrics(db) };
}
