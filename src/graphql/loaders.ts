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

/** How each loader is made for a request's reader. */
function loaderFactories(lookups: Record<string, KeyedLookup<unknown>>, many: boolean): Record<string, (db: GraphReader) => DataLoader<string, unknown>> {
  return Object.fromEntries(
    Object.entries(lookups).map(([name, lookup]) => [
      name,
      (db: GraphReader) => new DataLoader<string, unknown>((ids) => (many ? readAllEach(db, lookup, ids) : readOneEach(db, lookup, ids))),
    ]),
  );
}

const factories: Record<string, (db: GraphReader) => unknown> = {
  ...loaderFactories(byId, false),
  ...loaderFactories(relatedTo, true),
  /** The whole catalog, read once per request that needs a coverage view. */
  catalog: (db: GraphReader) =>
    new DataLoader<'all', Awaited<ReturnType<typeof readCatalog>>>(async (keys) => {
      const controls = await readCatalog(db);
      return keys.map(() => controls);
    }),
};

type TypedLoaders = LoadersOf<typeof byId, false> & LoadersOf<typeof relatedTo, true> & { catalog: DataLoader<'all', Awaited<ReturnType<typeof readCatalog>>> };

/** The loaders' members, as the getters below define them on the class's prototype. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface RequestLoaders extends TypedLoaders {}

/** What a request's loaders hold: the reader they read with, and the loaders made so far. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class RequestLoaders {
  readonly made = new Map<string, unknown>();
  constructor(readonly db: GraphReader) {}
}

/**
 * Every request's loaders share one prototype whose getters make a loader
 * the first time a resolver asks for it: a request uses two or three of the
 * thirty, and making them all (or defining thirty properties) per request
 * cost 100 µs, a third of a `{ __typename }` request. A plain constructor
 * (not `Object.create` with property descriptors) keeps making one cheap.
 */
Object.defineProperties(
  RequestLoaders.prototype,
  Object.fromEntries(
    Object.entries(factories).map(([name, make]) => [
      name,
      {
        enumerable: true,
        get(this: RequestLoaders) {
          let loader = this.made.get(name);
          if (loader === undefined) this.made.set(name, (loader = make(this.db)));
          return loader;
        },
      },
    ]),
  ),
);

export function createLoaders(db: GraphReader): TypedLoaders {
  return new RequestLoaders(db);
}

export type Loaders = ReturnType<typeof createLoaders>;
