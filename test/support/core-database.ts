/**
 * `db` seen through the members of the port only (not the adapter's own
 * API). `overrides` replaces members, e.g. a `close` that leaves a suite's
 * shared database open, or a `read` that fails.
 */
import type { GraphDatabase } from '../../src/db/graph-database.js';

export function coreDatabase(db: GraphDatabase, overrides: Partial<GraphDatabase> = {}): GraphDatabase {
  return {
    engine: db.engine,
    read: (s, p) => db.read(s, p),
    write: (s, p) => db.write(s, p),
    transaction: (w) => db.transaction(w),
    changeSchema: (s) => db.changeSchema(s),
    graphVersion: () => db.graphVersion(),
    afterBulkLoad: () => db.afterBulkLoad(),
    ping: () => db.ping(),
    close: () => db.close(),
    ...overrides,
  };
}
