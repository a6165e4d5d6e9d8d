/**
 * Connections read part by part, for answers too large to compute whole:
 * `totalCount` runs a count, `edges` and `pageInfo` one page read, each only
 * if the query asks for it. Same shape as the connections in connections.ts.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { encodeCursor, type Page } from '../pagination.js';
import { PageInfo } from './nodes.js';
import { edgeOf, edgesDescription, pageInfoDescription } from './connections.js';
import { ImpactedService, ImpactedVendor } from './questions.js';

/** Where a lazy connection's parts come from. */
export interface PageSource<K, T> {
  /** How many items there are over all pages. */
  count(): Promise<number>;
  /** The keys of the items from `offset`, at most `limit`, in the connection's order. */
  keys(offset: number, limit: number): Promise<K[]>;
  /** The items for those keys, in the same order (their costly part is read here, for the page alone). */
  items(keys: K[]): Promise<T[]>;
}

function lazyConnectionOf<T extends object>(node: ClassType<T>, name: string, description: string) {
  const Edge = edgeOf(node, name);

  @ObjectType(`${name}Connection`, { description })
  class LazyConnection {
    private keysRead?: Promise<unknown[]>;
    private itemsRead?: Promise<T[]>;

    constructor(
      private readonly source: PageSource<unknown, T>,
      private readonly page: Page,
    ) {}

    /** Read once for edges and pageInfo. One key more than the page says whether a next page exists, with no count. */
    private keys(): Promise<unknown[]> {
      this.keysRead ??= this.source.keys(this.page.offset, this.page.limit + 1);
      return this.keysRead;
    }

    /** Only edges need the items; pageInfo stops at the keys. */
    private items(): Promise<T[]> {
      this.itemsRead ??= this.keys().then((keys) => this.source.items(keys.slice(0, this.page.limit)));
      return this.itemsRead;
    }

    @Field(() => [Edge], { description: edgesDescription })
    async edges(): Promise<InstanceType<typeof Edge>[]> {
      const nodes = await this.items();
      return nodes.map((node, i) => ({ cursor: encodeCursor(this.page.offset + i), node }));
    }

    @Field(() => PageInfo, { description: pageInfoDescription })
    async pageInfo(): Promise<PageInfo> {
      const keys = await this.keys();
      const size = Math.min(keys.length, this.page.limit);
      return {
        hasNextPage: keys.length > this.page.limit,
        hasPreviousPage: this.page.offset > 0,
        startCursor: size ? encodeCursor(this.page.offset) : null,
        endCursor: size ? encodeCursor(this.page.offset + size - 1) : null,
      };
    }

    @Field(() => Int, { description: 'How many items there are over all pages.' })
    totalCount(): Promise<number> {
      return this.source.count();
    }
  }
  return LazyConnection;
}

export const ImpactedServiceConnection = lazyConnectionOf(
  ImpactedService,
  'ImpactedService',
  'A page of the services hit, nearest first (fewest DEPENDS_ON hops, then id). The paths are built for the page only.',
);
export const ImpactedVendorConnection = lazyConnectionOf(ImpactedVendor, 'ImpactedVendor', 'A page of the vendors hit, by name then id.');
