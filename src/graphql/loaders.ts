/**
 * Per-request DataLoaders: every relationship field asks its loader, and
 * the loader sends one statement for all the parents a request touches
 * (src/queries/nodes.ts). A nested query's round trips grow with its depth,
 * never with the number of items it returns.
 */
import DataLoader from 'dataloader';
import type { GraphReader } from '../queries/statement.js';
import { readAllEach, readOneEach, type KeyedLookup } from '../queries/keyed-lookups.js';
import { byId, readCatalog, relatedTo } from '../queries/nodes.js';

type LoadersOf<L extends Record<string, KeyedLookup<unknown>>, Many extends boolean> = {
  [K in keyof L]: L[K] extends KeyedLookup<infer T> ? DataLoader<string, Many extends true ? T[] : T | null> : never;
};

function loadersFor<L extends Record<string, KeyedLookup<unknown>>>(db: GraphReader, lookups: L, many: true): LoadersOf<L, true>;
function loadersFor<L extends Record<string, KeyedLookup<unknown>>>(db: GraphReader, lookups: L, many: false): LoadersOf<L, false>;
function loadersFor(db: GraphReader, lookups: Record<string, KeyedLookup<unknown>>, many: boolean) {
  return Object.fromEntries(
    Object.entries(lookups).map(([name, lookup]) => [
      name,
      new DataLoader<string, unknown>((ids) => (many ? readAllEach(db, lookup, ids) : readOneEach(db, lookup, ids))),
    ]),
  );
}

export function createLoaders(db: GraphReader) {
  return {
    ...loadersFor(db, byId, false),
    ...loadersFor(db, relatedTo, true),
    /** The whole catalog, read once per request that needs a coverage view. */
    catalog: new DataLoader<'all', Awaited<ReturnType<typeof readCatalog>>>(async (keys) => {
      const controls = await readCatalog(db);
      return keys.map(() => controls);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
