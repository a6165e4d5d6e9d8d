/**
 * A database that counts the statements run through it and the time they
 * take: one per GraphQL request, so the API can report its round trips (and
 * a test can prove there is no N+1). `counted` does the same for other calls
 * into the engine (the engine profile's text-index look-ups).
 */
import type { GraphDatabase, StatementRunner } from './graph-database.js';
import { wrappedReads } from './request-reads.js';

export interface StatementStats {
  roundTrips: number;
  databaseMs: number;
}

/** `call`, counted as one round trip and timed into `stats`. */
export function counted<A extends unknown[], T>(stats: StatementStats, call: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args) => {
    const started = performance.now();
    stats.roundTrips += 1;
    try {
      return await call(...args);
    } finally {
      stats.databaseMs += performance.now() - started;
    }
  };
}

export function instrumented(db: GraphDatabase, stats: StatementStats): GraphDatabase {
  const timed = <T>(work: () => Promise<T>): Promise<T> => counted(stats, work)();
  return {
    engine: db.engine,
    read: (statement, params) => timed(() => db.read(statement, params)),
    requestReads: () => wrappedReads(db.requestReads(), (read) => (statement, params) => timed(() => read(statement, params))),
    write: (statement, params) => timed(() => db.write(statement, params)),
    transaction: <T>(work: (tx: StatementRunner) => Promise<T>) =>
      db.transaction((tx) => work({ run: (statement, params) => timed(() => tx.run(statement, params)) })),
    changeSchema: (statement) => db.changeSchema(statement),
    graphVersion: () => db.graphVersion(),
    afterBulkLoad: () => db.afterBulkLoad(),
    ping: () => db.ping(),
    close: () => db.close(),
  };
}
