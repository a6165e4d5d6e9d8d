/**
 * `db` seen through the required members of the port only: no optional
 * engine capabilities (text indexes), so code takes its portable path, as
 * on Neo4j. `overrides` replaces members, e.g. a `close` that leaves a
 * suite's shared database open.
 */
import type { GraphDatabase } from '../../src/db/graph-database.js';

export function coreDatabase(db: GraphDatabase, overrides: Partial<GraphDatabase> = {}): GraphDatabase {
  return {
    engine: db.engine,
    read: (s, p) => db.read(s, p),
    write: (s, p) => db.write(s, p),
    transaction: (w) => db.transaction(w),
    afterBulkLoad: () => db.afterBulkLoad(),
    ping: () => db.ping(),
    close: () => db.close(),
    ...overrides,
  };
}
