/**
 * Connections read part by part, for answers too large to compute whole:
 * `edges` and `pageInfo` read one page (with the total, from the same
 * walk); `totalCount` asked alone runs a count; nothing runs that the query
 * does not ask for. Same shape as the connections in connections.ts.
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
  /** The keys of the items from `offset`, at most `limit`, in the connection's order, and the count over all pages (the same walk finds both). */
  keys(offset: number, limit: number): Promise<{ keys: K[]; totalCount: number }>;
  /** The items for those keys, in the same order (their costly part is read here, for the page alone). */
  items(keys: K[]): Promise<T[]>;
}

function lazyConnectionOf<T extends object>(node: ClassType<T>, name: string, description: string) {
  const Edge = edgeOf(node, name);

  @ObjectType(`${name}Connection`, { description })
  class LazyConnection {
    private keysRead?: Promise<{ keys: unknown[]; totalCount: number }>;
    private itemsRead?: Promise<T[]>;

    constructor(
      private readonly source: PageSource<unknown, T>,
      private readonly page: Page,
    ) {}

    /** Read once for edges, pageInfo and (when asked with them) totalCount. */
    private keys(): Promise<{ keys: unknown[]; totalCount: number }> {
      this.keysRead ??= this.source.keys(this.page.offset, this.page.limit);
      return this.keysRead;
    }

    /** Only edges need the items; pageInfo stops at the keys. */
    private items(): Promise<T[]> {
      this.itemsRead ??= this.keys().then(({ keys }) => this.source.items(keys));
      return this.itemsRead;
    }

    @Field(() => [Edge], { description: edgesDescription })
    async edges(): Promise<InstanceType<typeof Edge>[]> {
      const nodes = await this.items();
      return nodes.map((node, i) => ({ cursor: encodeCursor(this.page.offset + i), node }));
    }

    @Field(() => PageInfo, { description: pageInfoDescription })
    async pageInfo(): Promise<PageInfo> {
      const { keys, totalCount } = await this.keys();
      const size = keys.length;
      return {
        hasNextPage: this.page.offset + size < totalCount,
        hasPreviousPage: this.page.offset > 0,
        startCursor: size ? encodeCursor(this.page.offset) : null,
        endCursor: size ? encodeCursor(this.page.offset + size - 1) : null,
      };
    }

    @Field(() => Int, { description: 'How many items there are over all pages.' })
    async totalCount(): Promise<number> {
      // graphql-js calls every sibling field's resolver before any promise settles: after one tick
      // we know whether edges or pageInfo asked for the page, whose walk counts too.
      await Promise.resolve();
      return this.keysRead ? (await this.keysRead).totalCount : this.source.count();
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
