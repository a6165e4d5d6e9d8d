/**
 * A request's database: the engine's, with every read going through the
 * request's own reads (`GraphDatabase.requestReads`: one Neo4j session for
 * the whole request). Built once per GraphQL request in src/graphql/context.ts.
 */
import type { GraphDatabase, RequestReads } from './graph-database.js';

export function readingThrough(db: GraphDatabase, reads: RequestReads): GraphDatabase {
  return {
    engine: db.engine,
    read: (statement, params) => reads.read(statement, params),
    requestReads: () => reads,
    write: (statement, params) => db.write(statement, params),
    transaction: (work) => db.transaction(work),
    changeSchema: (statement) => db.changeSchema(statement),
    graphVersion: () => db.graphVersion(),
    afterBulkLoad: () => db.afterBulkLoad(),
    ping: () => db.ping(),
    close: () => db.close(),
  };
}

/** `reads` with each read passed through `wrap` (counted, timed, gated), released as they are. */
export function wrappedReads(reads: RequestReads, wrap: (read: RequestReads['read']) => RequestReads['read']): RequestReads {
  return { read: wrap((statement, params) => reads.read(statement, params)), release: () => reads.release() };
}
