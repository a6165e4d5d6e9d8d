/**
 * Batched reads keyed by id: one statement for many ids, each row tagged
 * with the id it answers (`key`). The DataLoaders of a request
 * (src/graphql/loaders.ts) call these, so a nested query costs a round trip
 * per level, never one per item.
 */
import type { z } from 'zod';
import { RowShapeError } from './decode.js';
import { statement, type GraphReader, type Statement } from './statement.js';

type IdsParams = { ids: string[] };

export interface KeyedLookup<T> {
  readonly statement: Statement<IdsParams>;
  /** The column holding the value: `node` or `edge`. */
  readonly column: 'node' | 'edge';
  readonly schema: z.ZodType<T, unknown>;
}

/** A statement returning `key` and a `node` (or `edge`) column, the value decoded with `schema`. */
export function keyedLookup<S extends z.ZodType>(name: string, column: 'node' | 'edge', schema: S): KeyedLookup<z.infer<S>> {
  return { statement: statement<IdsParams>(name), column, schema: schema as z.ZodType<z.infer<S>, unknown> };
}

async function readKeyed<T>(db: GraphReader, lookup: KeyedLookup<T>, ids: readonly string[]): Promise<Array<{ key: string; value: T }>> {
  const rows = await db.read(lookup.statement, { ids: [...ids] });
  return rows.map((row, index) => {
    const value = lookup.schema.safeParse(row[lookup.column]);
    if (typeof row.key !== 'string')
      throw new RowShapeError(lookup.statement.name, index, [{ code: 'custom', path: ['key'], message: 'expected a string', input: row.key }]);
    if (!value.success)
      throw new RowShapeError(
        lookup.statement.name,
        index,
        value.error.issues.map((i) => ({ ...i, path: [lookup.column, ...i.path] })),
      );
    return { key: row.key, value: value.data };
  });
}

/** One value per id, in the order asked: null where the id is unknown. */
export async function readOneEach<T>(db: GraphReader, lookup: KeyedLookup<T>, ids: readonly string[]): Promise<Array<T | null>> {
  const found = new Map((await readKeyed(db, lookup, ids)).map((r) => [r.key, r.value]));
  return ids.map((id) => found.get(id) ?? null);
}

/** All values per id, in the statement's order, in the order asked: empty where there are none. */
export async function readAllEach<T>(db: GraphReader, lookup: KeyedLookup<T>, ids: readonly string[]): Promise<T[][]> {
  const groups = new Map<string, T[]>();
  for (const { key, value } of await readKeyed(db, lookup, ids)) {
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return ids.map((id) => groups.get(id) ?? []);
}
