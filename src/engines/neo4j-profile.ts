/**
 * Neo4j's profile: what it needs beyond the shared Cypher.
 *
 * - FULLTEXT indexes (cypher/schema/neo4j-fulltext-indexes.cypher) over the
 *   same search grams as the embedded engine's text indexes
 *   (derived-properties.ts), with the `whitespace` analyzer, so each gram is
 *   one token, as there: a node is a candidate on Neo4j exactly when it is
 *   one on the embedded engine (the order among candidates is each engine's
 *   own BM25, which matters only beyond `candidateLimit` matches).
 * - Search candidates: one statement (cypher/neo4j/search-candidates.cypher)
 *   asking the three indexes, with a Lucene query built from the grams only,
 *   each escaped, passed as a parameter.
 * - Its uniqueness constraints also serve lookups by `id`: no other index.
 */
import { z } from 'zod';
import type { GraphDatabase } from '../db/graph-database.js';
import { readRows, readSingleRow, statement } from '../queries/statement.js';
import type { SearchCandidates, SearchKindName } from '../search/search-plan.js';
import { backfillDerivedProperties, searchGramsAndMetricCopies } from './derived-properties.js';
import type { EngineProfile } from './engine-profile.js';
import { runSchemaScripts } from './schema-scripts.js';

/** The FULLTEXT indexes the schema script creates, as `SHOW FULLTEXT INDEXES` names them. */
export const neo4jFulltextIndexes = ['vendor_search_grams', 'service_search_grams', 'service_disclosure_search_grams'] as const;

/**
 * Lucene's default limit on the clauses of one query (one per gram): a
 * longer query (~1,000 distinct character pairs) would fail, so it takes
 * the full scan instead.
 */
export const maxGramsPerQuery = 1024;

const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The Lucene query for some grams: each gram a term, escaped, any of them
 * matching (Lucene's default OR). Grams are pairs of letters or digits, so
 * nothing needs escaping today; the escape keeps the query a list of terms
 * whatever the gram rules become. Lower-case `and`/`or`/`not` are terms, not
 * operators.
 */
export function luceneQuery(grams: readonly string[]): string {
  return grams.map((gram) => gram.replace(luceneSpecial, '\\$&')).join(' ');
}

const findCandidates = statement<{ query: string; limit: number; kinds: readonly SearchKindName[] | null }>('neo4j/search-candidates');
const awaitIndexes = statement<{ timeoutSeconds: number }>('neo4j/await-indexes');
const fulltextIndexNames = statement<Record<string, never>>('neo4j/fulltext-index-names');

const candidatesRow = z.object({ vendorIds: z.array(z.string()), serviceIds: z.array(z.string()), disclosingServiceIds: z.array(z.string()) });
const indexNameRow = z.object({ name: z.string() });

export function neo4jProfile(db: GraphDatabase): EngineProfile {
  return {
    engine: 'neo4j',
    derived: searchGramsAndMetricCopies,
    async prepare() {
      const existing = new Set((await readRows(db, fulltextIndexNames, {}, indexNameRow)).map((row) => row.name));
      await runSchemaScripts(db, ['constraints', 'indexes', 'neo4j-fulltext-indexes']);
      // A new index fills in the background; searches wait for it rather than miss hits.
      await readRows(db, awaitIndexes, { timeoutSeconds: 600 }, z.never());
      const textIndexesCreated = neo4jFulltextIndexes.filter((name) => !existing.has(name));
      return { textIndexesCreated, ...(await backfillDerivedProperties(db)) };
    },
    async searchCandidates(request): Promise<SearchCandidates | undefined> {
      if (request.grams.length > maxGramsPerQuery) return undefined;
      return readSingleRow(db, findCandidates, { query: luceneQuery(request.grams), limit: request.limit, kinds: request.kinds }, candidatesRow);
    },
  };
}
