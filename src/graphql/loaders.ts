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

/**
 * `factories` as an object whose members are made when first read, then kept:
 * a request reads two or three of the thirty loaders, and making them all
 * cost ~5 % of a lookup's CPU on the large graph.
 */
function lazily<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const made = {} as T;
  for (const key of Object.keys(factories) as Array<keyof T>) {
    Object.defineProperty(made, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = factories[key]();
        Object.defineProperty(made, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return made;
}

function loaderFactories<L extends Record<string, KeyedLookup<unknown>>>(db: GraphReader, lookups: L, many: true): { [K in keyof L]: () => LoadersOf<L, true>[K] };
function loaderFactories<L extends Record<string, KeyedLookup<unknown>>>(db: GraphReader, lookups: L, many: false): { [K in keyof L]: () => LoadersOf<L, false>[K] };
function loaderFactories(db: GraphReader, lookups: Record<string, KeyedLookup<unknown>>, many: boolean) {
  return Object.fromEntries(
    Object.entries(lookups).map(([name, lookup]) => [
      name,
      () => new DataLoader<string, unknown>((ids) => (many ? readAllEach(db, lookup, ids) : readOneEach(db, lookup, ids))),
    ]),
  );
}

export function createLoaders(db: GraphReader) {
  return lazily({
    ...loaderFactories(db, byId, false),
    ...loaderFactories(db, relatedTo, true),
    /** The whole catalog, read once per request that needs a coverage view. */
    catalog: () =>
      new DataLoader<'all', Awaited<ReturnType<typeof readCatalog>>>(async (keys) => {
        const controls = await readCatalog(db);
        return keys.map(() => controls);
      }),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
