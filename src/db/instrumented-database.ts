/**
 * A database that counts the statements (and text-index look-ups) run
 * through it and the time they take: one per GraphQL request, so the API can
 * report its round trips (and a test can prove there is no N+1).
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
  const textCandidates = db.textCandidates?.bind(db);
  return {
    engine: db.engine,
    read: (statement, params) => timed(() => db.read(statement, params)),
    write: (statement, params) => timed(() => db.write(statement, params)),
    transaction: <T>(work: (tx: StatementRunner) => Promise<T>) =>
      db.transaction((tx) => work({ run: (statement, params) => timed(() => tx.run(statement, params)) })),
    afterBulkLoad: () => db.afterBulkLoad(),
    ping: () => db.ping(),
    close: () => db.close(),
    // The engine's optional capabilities stay optional: present here only when the engine has them.
    ...(db.ensureTextIndex && { ensureTextIndex: db.ensureTextIndex.bind(db) }),
    ...(textCandidates && {
      textCandidates: (label: string, property: string, query: string, k: number) => timed(() => textCandidates(label, property, query, k)),
    }),
  };
}
