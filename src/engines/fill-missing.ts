/**
 * Fills in properties the loader derives, on a graph loaded before the
 * loader wrote them: reads a batch of nodes that lack them (with what to
 * compute them from), writes them, until none is left. Used at start-up
 * (src/engines/derived-properties.ts); on a graph the current loader wrote it is one
 * read that finds nothing.
 */
import { cypher } from '../db/cypher-statement.js';
import type { GraphDatabase, Row } from '../db/graph-database.js';

const batchSize = 1000;

/** `missing` takes `$limit` and returns rows with `id`; `set` takes `$rows` of `{id, ...derive(row)}`. Returns how many nodes it wrote. */
export async function fillMissing(db: GraphDatabase, missing: string, set: string, derive: (row: Row) => Record<string, unknown>): Promise<number> {
  let written = 0;
  let previous = new Set<string>();
  for (;;) {
    const rows = await db.read(cypher(missing), { limit: batchSize });
    if (rows.length === 0) return written;
    // A write that did not take would bring the same nodes back: stop rather than loop.
    if (rows.some((row) => previous.has(row.id as string))) throw new Error(`${set} left nodes without what it should write`);
    previous = new Set(rows.map((row) => row.id as string));
    await db.write(cypher(set), { rows: rows.map((row) => ({ id: row.id, ...derive(row) })) });
    written += rows.length;
  }
}
