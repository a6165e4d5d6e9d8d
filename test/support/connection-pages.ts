/**
 * Walking a connection page by page, as a client does with `first`/`after`,
 * checking on every page what the pagination promises: the same totalCount,
 * hasPreviousPage after the first page, start and end cursors of the page's
 * edges, hasNextPage until every item is seen.
 */
import { expect } from 'vitest';
import type { GraphQLClient } from './graphql-client.js';

export interface Connection<N = any> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: N }>;
}

/** The selection a walked connection needs; the query defines `fragment Node on <node type>`. */
export const connectionFields = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ...Node } }';

/**
 * Every page of the connection `pick` finds in the answer to `query`, which
 * takes `$first` and `$after`, `first` items at a time.
 */
export async function walkConnection<N = any>(
  client: GraphQLClient,
  query: string,
  pick: (data: any) => Connection<N>,
  first: number,
): Promise<{ nodes: N[]; pages: number; totalCount: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let pages = 0;
  let totalCount: number | undefined;
  for (;;) {
    const page: Connection<N> = pick(await client.data(query, { first, after }));
    totalCount ??= page.totalCount;
    expect(page.totalCount).toBe(totalCount);
    expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    nodes.push(...page.edges.map((e) => e.node));
    pages++;
    expect(page.pageInfo.hasNextPage).toBe(nodes.length < totalCount);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, pages, totalCount: totalCount! };
}
