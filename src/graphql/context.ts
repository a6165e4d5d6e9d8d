import type { GraphDatabase } from '../db/graph-database.js';
import { instrumented, type StatementStats } from '../db/instrumented-database.js';
import type { Config } from '../config/config.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Principal } from '../auth/principal.js';

/** What every resolver gets: the request's own loaders and counters, and the limits in force. */
export interface GraphContext {
  requestId: string;
  db: GraphDatabase;
  loaders: Loaders;
  stats: StatementStats;
  limits: Config['limits'];
  /** Who is calling (src/auth/): checked by the auth checker and the read-access plugin, recorded on every change. */
  principal: Principal;
  /** False on a read-only server: every mutation is refused. */
  writesEnabled: boolean;
}

export function createContext(
  db: GraphDatabase,
  requestId: string,
  limits: Config['limits'],
  access: Pick<GraphContext, 'principal' | 'writesEnabled'> = { principal: { roles: [] }, writesEnabled: false },
): GraphContext {
  const stats: StatementStats = { roundTrips: 0, databaseMs: 0 };
  const counted = instrumented(db, stats);
  return { requestId, db: counted, loaders: createLoaders(counted), stats, limits, ...access };
}
