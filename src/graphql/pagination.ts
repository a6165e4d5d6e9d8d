/**
 * Cursor pagination in the Relay connection shape (edges, pageInfo,
 * totalCount). Cursors are opaque to clients; inside they hold the offset
 * of the item, like the Neo4j GraphQL Library's.
 *
 * A cursor's offset is a whole number from 0 to `maxCursorOffset`; any other
 * is refused, naming `after`. Past the end of a list (a cursor kept while
 * the list shrank, or a guessed one) the page is empty, as for the last
 * item's cursor. Above the bound no list can reach, the engines stop paging
 * (an offset near 2^53 returned every item, with repeated cursors).
 */
import { invalidArgument } from './errors.js';

const prefix = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${prefix}${offset}`, 'utf8').toString('base64url');
}

/** The largest offset a cursor can hold: the offset after it still fits GraphQL's 32-bit Int, and no list is that long. */
export const maxCursorOffset = 2 ** 31 - 2;

export function decodeCursor(cursor: string, argumentName = 'after'): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(prefix) ? Number(text.slice(prefix.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(offset) !== cursor) {
    throw invalidArgument(argumentName, 'is not a cursor this API issued (use a cursor from pageInfo.endCursor or edges.cursor)');
  }
  if (offset > maxCursorOffset) {
    throw invalidArgument(argumentName, `is not a cursor this API issued: its offset ${offset} is over the largest a list can have (${maxCursorOffset})`);
  }
  return offset;
}

export interface Page {
  offset: number;
  limit: number;
}

export const defaultPageSize = 20;

export function pageFrom(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): Page {
  const limit = first ?? Math.min(defaultPageSize, maxPageSize);
  if (!Number.isInteger(limit) || limit < 0) throw invalidArgument('first', `must be a whole number from 0 to ${maxPageSize}, got ${limit}`);
  if (limit > maxPageSize) throw invalidArgument('first', `must be at most ${maxPageSize} (the maximum page size), got ${limit}`);
  const offset = after ? decodeCursor(after) + 1 : 0;
  return { offset, limit };
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function toConnection<T>(nodes: T[], totalCount: number, page: Page): ConnectionShape<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
