/**
 * What differs between the engines beyond running Cypher, in one place per
 * engine, chosen when the database is opened (open-engine.ts): the schema
 * each needs, the text indexes search finds candidates in, and the
 * properties the loader derives for them. The database port
 * (src/db/graph-database.ts) stays the same for both and knows none of this.
 *
 * - embedded-profile.ts: lookup indexes on `id` (its uniqueness constraints
 *   serve no lookups), BM25 text indexes of the engine's own API.
 * - neo4j-profile.ts: FULLTEXT indexes, queried by a Cypher statement.
 */
import type { EngineName, GraphDatabase } from '../db/graph-database.js';
import type { FindSearchCandidates } from '../search/search-plan.js';
import type { DerivedProperties } from '../seed/derived-properties.js';
import type { BackfillSummary } from './derived-properties.js';

export interface PrepareSummary extends BackfillSummary {
  /** Text indexes this call created (`Label.property`): none when they all existed. */
  textIndexesCreated: string[];
}

export interface EngineProfile {
  readonly engine: EngineName;
  /**
   * Creates the constraints and indexes (idempotent: safe at every start),
   * then fills in the derived properties a graph loaded by an older version
   * lacks. Run at start-up and before a load.
   */
  prepare(): Promise<PrepareSummary>;
  /** The properties the loader writes with vendors and services for this engine. */
  readonly derived: DerivedProperties;
  /** Candidate vendors and services for a search, from the engine's text indexes. */
  readonly searchCandidates: FindSearchCandidates;
}

/** An opened database and its engine's profile, bound to it. */
export interface Engine {
  db: GraphDatabase;
  profile: EngineProfile;
}
