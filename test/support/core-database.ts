/**
 * `db` seen through the members of the port only (not the adapter's own
 * API). `overrides` replaces members, e.g. a `close` that leaves a suite's
 * shared database open, or a `read` that fails.
 */
import type { GraphDatabase } from '../../src/db/graph-database.js';

export function coreDatabase(db: GraphDatabase, overrides: Partial<GraphDatabase> = {}): GraphDatabase {
  const core: GraphDatabase = {
    engine: db.engine,
    read: (s, p) => db.read(s, p),
    // An overridden read serves the requests' reads too: what a request meets is the test's failing or slow read.
    requestReads: () => (overrides.read ? { read: (s, p) => core.read(s, p), release: async () => undefined } : db.requestReads()),
    write: (s, p) => db.write(s, p),
    transaction: (w) => db.transaction(w),
    bulkLoad: (w) => db.bulkLoad(w),
    changeSchema: (s) => db.changeSchema(s),
    graphVersion: () => db.graphVersion(),
    afterBulkLoad: () => db.afterBulkLoad(),
    ping: () => db.ping(),
    close: () => db.close(),
    ...overrides,
  };
  return core;
}
