/** Runs one list statement (filter + sort + page in one round trip) and shapes the connection. */
import { cypher } from '../../db/cypher-statement.js';
import type { GraphContext } from '../context.js';
import { pageFrom, toConnection, type ConnectionShape } from '../pagination.js';
import type { PageArgs } from '../inputs/list-args.js';

export async function listPage<T>(ctx: GraphContext, list: string, params: Record<string, unknown>, page: PageArgs): Promise<ConnectionShape<T>> {
  const { offset, limit } = pageFrom(page.first, page.after, ctx.limits.maxPageSize);
  const [row] = await ctx.db.read(cypher(`read/list/${list}`), { ...params, offset, limit });
  return toConnection((row?.nodes ?? []) as unknown as T[], (row?.totalCount as number) ?? 0, { offset, limit });
}
