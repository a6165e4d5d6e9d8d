/** A page of a list: where it starts and how long it is, and what a page statement returns. */
import { z } from 'zod';

export interface PageWindow {
  offset: number;
  limit: number;
}

export interface PageOf<T> {
  items: T[];
  /** How many items match, over all pages. */
  totalCount: number;
}

/** The row of a page statement: the total and the page's items under `column`. */
export function pageRow<S extends z.ZodType, C extends string>(column: C, item: S) {
  return z.object({ totalCount: z.number(), [column]: z.array(item) } as { totalCount: z.ZodNumber } & { [K in C]: z.ZodArray<S> });
}

export const countRow = z.object({ totalCount: z.number() });
