/**
 * The graph version: a counter that every committed write transaction
 * advances, kept in the graph itself as `(:GraphVersion {id: 'graph'})`.
 * Both engine adapters run `advanceGraphVersion` as the last statement of
 * each write transaction (`write` and `transaction` of the port), so no
 * writer can forget it: mutations, document imports, seed loads, and any
 * write added later. A transaction that rolls back advances nothing.
 *
 * Being in the graph, it survives a restart and is shared by every process
 * writing to one Neo4j database. Answers cached under a version
 * (src/graphql/plugins/response-cache.ts) are never served once a later
 * write has committed.
 */
import { cypher } from './cypher-statement.js';
import type { Row } from './graph-database.js';

export interface GraphVersion {
  /** Committed write transactions since `since`. */
  readonly counter: number;
  /** When the count started (epoch ms; 0 for a graph never written): a wiped graph counts anew under another `since`. */
  readonly since: number;
}

export const initialGraphVersion: GraphVersion = { counter: 0, since: 0 };

/** Run as the last statement of a write transaction; returns the version the commit makes. */
export const advanceGraphVersion = cypher('write/advance-graph-version');
/** The committed version, one tiny read. */
export const readGraphVersion = cypher('admin/graph-version');

export function graphVersionFrom(rows: Row[]): GraphVersion {
  const row = rows[0];
  const counter = row?.counter;
  const since = row?.since;
  if (typeof counter !== 'number' || typeof since !== 'number') throw new Error(`graph version: unexpected row ${JSON.stringify(row)}`);
  return { counter, since };
}

/** The version as one token, for cache keys and the `x-graph-version` header: `<since>.<counter>`. */
export function versionTag(version: GraphVersion): string {
  return `${version.since}.${version.counter}`;
}
