/**
 * Fills in properties the loader derives, on a graph loaded before the
 * loader wrote them: reads a batch of nodes that lack them (with what to
 * compute them from), writes them, until none is left. Used at start-up
 * (src/engines/derived-properties.ts); on a graph the current loader wrote it is one
 * read that finds nothing.
 */
import { z } from 'zod';
import type { GraphDatabase } from '../db/graph-database.js';
import { readRows, type Statement } from '../queries/statement.js';

const batchSize = 1000;

/** A backfill: which nodes lack the properties (with what to compute them from), and how they are written. */
export interface Backfill<S extends z.ZodObject<{ id: z.ZodString }>, T extends object> {
  /** Takes `$limit`; returns rows of `row`'s shape. */
  missing: Statement<{ limit: number }>;
  row: S;
  /** Takes `$rows` of `{id, ...derive(row)}`. */
  set: Statement<{ rows: Array<{ id: string } & T> }>;
  derive(row: z.infer<S>): T;
}

/** Declares a backfill (its statements at module load), typing `derive` by `row`. */
export function backfill<S extends z.ZodObject<{ id: z.ZodString }>, T extends object>(definition: Backfill<S, T>): Backfill<S, T> {
  return definition;
}

/** Runs `backfill` until no node lacks what it writes; returns how many nodes it wrote. */
export async function fillMissing<S extends z.ZodObject<{ id: z.ZodString }>, T extends object>(db: GraphDatabase, backfill: Backfill<S, T>): Promise<number> {
  const { missing, row: rowSchema, set, derive } = backfill;
  let written = 0;
  let previous = new Set<string>();
  for (;;) {
    const rows = await readRows(db, missing, { limit: batchSize }, rowSchema);
    if (rows.length === 0) return written;
    // A write that did not take would bring the same nodes back: stop rather than loop.
    if (rows.some((row) => previous.has(row.id))) throw new Error(`${set.name} left nodes without what it should write`);
    previous = new Set(rows.map((row) => row.id));
    await db.write(set, { rows: rows.map((row) => ({ id: row.id, ...derive(row) })) });
    written += rows.length;
  }
}
