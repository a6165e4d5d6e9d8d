/**
 * A database that counts the statements run through it and the time they
 * take: one per GraphQL request, so the API can report its round trips
 * (and a test can prove there is no N+1).
 */
import type { GraphDatabase, StatementRunner } from './graph-database.js';

export interface StatementStats {
  roundTrips: number;
  databaseMs: number;
}

export function instrumented(db: GraphDatabase, stats: StatementStats): GraphDatabase {
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    stats.roundTrips += 1;
    try {
      return await work();
    } finally {
      stats.databaseMs += performance.now() - started;
    }
  };
  return {
    engine: db.engine,
    read: (statement, params) => timed(() => db.read(statement, params)),
    write: (statement, params) => timed(() => db.write(statement, params)),
    transaction: <T>(work: (tx: StatementRunner) => Promise<T>) =>
      db.transaction((tx) => work({ run: (statement, params) => timed(() => tx.run(statement, params)) })),
    afterBulkLoad: () => db.afterBulkLoad(),
    ping: () => db.ping(),
    close: () => db.close(),
  };
}
