import type { GraphDatabase } from '../db/graph-database.js';
import { counted, instrumented, type StatementStats } from '../db/instrumented-database.js';
import type { Config } from '../config/config.js';
import type { Engine } from '../engines/engine-profile.js';
import type { FindSearchCandidates } from '../search/search-plan.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the request's own loaders and counters, and the limits in force. */
export interface GraphContext {
  requestId: string;
  db: GraphDatabase;
  /** The engine's text-index look-up for search (its profile's), counted as one round trip. */
  searchCandidates: FindSearchCandidates;
  loaders: Loaders;
  stats: StatementStats;
  limits: Config['limits'];
}

export function createContext(engine: Engine, requestId: string, limits: Config['limits']): GraphContext {
  const stats: StatementStats = { roundTrips: 0, databaseMs: 0 };
  const db = instrumented(engine.db, stats);
  return { requestId, db, searchCandidates: counted(stats, engine.profile.searchCandidates), loaders: createLoaders(db), stats, limits };
}
