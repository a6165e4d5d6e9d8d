import type { GraphDatabase } from '../db/graph-database.js';
import { cancellable } from '../db/cancellable-database.js';
import { instrumented, type StatementStats } from '../db/instrumented-database.js';
import type { Config } from '../config/config.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the request's own loaders and counters, and the limits in force. */
export interface GraphContext {
  requestId: string;
  db: GraphDatabase;
  loaders: Loaders;
  stats: StatementStats;
  limits: Config['limits'];
}

export interface RequestScope {
  requestId: string;
  /** Aborted when the request runs out of time, its client leaves or the server stops; the reason is the error raised. */
  signal: AbortSignal;
  /** How many statements the request may have running at once. */
  statementConcurrency: number;
}

export function createContext(db: GraphDatabase, scope: RequestScope, limits: Config['limits']): GraphContext {
  const stats: StatementStats = { roundTrips: 0, databaseMs: 0 };
  // Counted inside the stop check: a refused statement is no round trip, and waiting for a slot is no database time.
  const requestDb = cancellable(instrumented(db, stats), scope.signal, scope.statementConcurrency);
  return { requestId: scope.requestId, db: requestDb, loaders: createLoaders(requestDb), stats, limits };
}
