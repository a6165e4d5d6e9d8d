import type { GraphDatabase } from '../db/graph-database.js';
import type { GraphVersion } from '../db/graph-version.js';
import { requestGate } from '../db/request-gate.js';
import type { RequestStop } from '../db/request-stop.js';
import { counted, type StatementStats } from '../db/statement-stats.js';
import { RequestDatabase } from '../db/request-database.js';
import type { Config } from '../config/config.js';
import type { Engine } from '../engines/engine-profile.js';
import type { FindSearchCandidates } from '../search/search-plan.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Principal } from '../auth/principal.js';
import type { DerivedProperties } from '../seed/derived-properties.js';
import type { AnswerToKeep } from './response-store.js';

/** What every resolver gets: the request's own loaders and counters, and the limits in force. */
export interface GraphContext {
  requestId: string;
  /** When the request's context was made (performance.now()): its log line's duration counts from here. */
  startedAt: number;
  db: GraphDatabase;
  /** The engine's text-index look-up for search (its profile's): one round trip, stopped with the request like a statement. */
  searchCandidates: FindSearchCandidates;
  loaders: Loaders;
  stats: StatementStats;
  limits: Config['limits'];
  /** Who is calling (src/auth/): checked by the auth checker and the read-access plugin, recorded on every change. */
  principal: Principal;
  /** False on a read-only server: every mutation is refused. */
  writesEnabled: boolean;
  /** What the engine's profile derives for vendors and services: a write keeps it current, as the loader writes it. */
  derived: DerivedProperties;
  /** Called once the answer is sent: gives back what the request's reads held (its Neo4j session). */
  release(): Promise<void>;
  /** What the response cache noted about this request (ResponseCacheNotes). */
  responseCache: ResponseCacheNotes;
}

/**
 * The response cache's notes on a request: the HTTP front fills in the graph
 * version its answer reflects and the key it was looked up under (both only
 * with the cache on, the key only for a request it could answer); the plugin
 * (plugins/response-cache.ts) adds the answer to keep. Kept on the context,
 * not in WeakMaps keyed by it, whose entries the garbage collector must trace
 * separately on every request.
 */
export interface ResponseCacheNotes {
  versionRead?: GraphVersion;
  key?: string;
  answer?: AnswerToKeep;
}

export interface RequestScope {
  requestId: string;
  /** Pulled when the request runs out of time, its client leaves or the server stops; the reason is the error raised. */
  stop: RequestStop;
  /** How many statements the request may have running at once. */
  statementConcurrency: number;
  /** The response cache's notes, begun by the HTTP front; none when it is off. */
  responseCache?: ResponseCacheNotes;
}

/** Who calls and whether writes are served; tests that build a context directly get an anonymous reader on a read-only server. */
export type RequestAccess = Pick<GraphContext, 'principal' | 'writesEnabled'>;

export function createContext(
  { db, profile }: Engine,
  scope: RequestScope,
  limits: Config['limits'],
  access: RequestAccess = { principal: { roles: [] }, writesEnabled: false },
): GraphContext {
  const stats: StatementStats = { roundTrips: 0, databaseMs: 0 };
  // Counted inside the stop check: a refused statement is no round trip, and waiting for a slot is no database time.
  const gate = requestGate(scope.stop, scope.statementConcurrency);
  // One set of reads for the whole request (one session on Neo4j), released by whoever sends the answer.
  const reads = db.requestReads();
  const requestDb = new RequestDatabase(db, reads, stats, scope.stop, gate);
  const findCandidates = counted(stats, profile.searchCandidates);
  return {
    requestId: scope.requestId,
    startedAt: performance.now(),
    db: requestDb,
    searchCandidates: (request) => gate(() => findCandidates(request)),
    loaders: createLoaders(requestDb),
    stats,
    limits,
    derived: profile.derived,
    release: () => reads.release(),
    responseCache: scope.responseCache ?? {},
    ...access,
  };
}
