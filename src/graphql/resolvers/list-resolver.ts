/**
 * The list queries (`vendors`, `services`, ...) share one shape: page
 * arguments, a `where` and a `sort` list in, a connection out. One factory
 * makes each, in the style of type-graphql's resolver inheritance: a type's
 * resolver extends the class it returns. The `where` and `sort` input
 * classes must have the shape of the list's filter and sort types in the
 * query layer: the factory's type parameters check it at compile time.
 * `scopedListQuery` adds a `portfolio` argument (services, vendors): only
 * the portfolio's services, or their vendors, each item carrying the scope.
 */
import { Arg, Args, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import type { z } from 'zod';
import type { Connectives, SortDirection } from '../../queries/filters/conditions.js';
import { readList, type ListDefinition } from '../../queries/lists.js';
import type { GraphContext } from '../context.js';
import { PageArgs } from '../inputs/list-args.js';
import { pageFrom, toConnection, type ConnectionShape } from '../pagination.js';
import { inScope, portfolioArgumentDescription, portfolioScope, type PortfolioScope } from '../portfolio-access.js';

interface ListQueryOptions<F extends Connectives<F>, K extends string, R extends z.ZodType, W extends F, S extends Partial<Record<K, SortDirection>>> {
  /** The query's name in the schema. */
  name: string;
  description: string;
  definition: ListDefinition<F, K, R>;
  connection: ClassType;
  where: ClassType<W>;
  sort: ClassType<S>;
  sortExample: string;
}

const whereDescription = 'Filters; every field given must hold; AND, OR and NOT combine them.';
const sortDescription = (example: string) => `Sort keys in order, one field each, e.g. \`${example}\`. Ties break by id.`;

async function readConnection<F extends Connectives<F>, K extends string, R extends z.ZodType>(
  ctx: GraphContext,
  definition: ListDefinition<F, K, R>,
  args: PageArgs,
  where: F | undefined,
  sort: Array<Partial<Record<K, SortDirection>>> | undefined,
  scope: { ids: readonly string[]; portfolio: PortfolioScope } | null = null,
): Promise<ConnectionShape<z.infer<R>>> {
  const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
  const result = await readList(ctx.db, definition, { filter: where ?? null, sort: sort ?? null, page, scopeIds: scope?.ids ?? null });
  const items = scope ? result.items.map((item: z.infer<R>) => inScope(item as object, scope.portfolio) as z.infer<R>) : result.items;
  return toConnection(items, result.totalCount, page);
}

export function listQuery<F extends Connectives<F>, K extends string, R extends z.ZodType, W extends F, S extends Partial<Record<K, SortDirection>>>(
  options: ListQueryOptions<F, K, R, W, S>,
) {
  @Resolver()
  abstract class ListQuery {
    @Query(() => options.connection, { name: options.name, description: options.description })
    list(
      @Args(() => PageArgs) args: PageArgs,
      @Arg('where', () => options.where, { nullable: true, description: whereDescription }) where: W | undefined,
      @Arg('sort', () => [options.sort], { nullable: true, description: sortDescription(options.sortExample) }) sort: S[] | undefined,
      @Ctx() ctx: GraphContext,
    ): Promise<ConnectionShape<z.infer<R>>> {
      return readConnection(ctx, options.definition, args, where, sort);
    }
  }
  return ListQuery;
}

/** A list that a portfolio can scope: `scopeIds` names the ids of the scope's items (its services, or their vendors). */
export function scopedListQuery<F extends Connectives<F>, K extends string, R extends z.ZodType, W extends F, S extends Partial<Record<K, SortDirection>>>(
  options: ListQueryOptions<F, K, R, W, S> & { scopeIds: (scope: PortfolioScope) => readonly string[] },
) {
  @Resolver()
  abstract class ScopedListQuery {
    @Query(() => options.connection, { name: options.name, description: options.description })
    async list(
      @Args(() => PageArgs) args: PageArgs,
      @Arg('where', () => options.where, { nullable: true, description: whereDescription }) where: W | undefined,
      @Arg('sort', () => [options.sort], { nullable: true, description: sortDescription(options.sortExample) }) sort: S[] | undefined,
      @Arg('portfolio', () => ID, { nullable: true, description: portfolioArgumentDescription }) portfolio: string | null,
      @Ctx() ctx: GraphContext,
    ): Promise<ConnectionShape<z.infer<R>>> {
      const scope = await portfolioScope(ctx, portfolio);
      return readConnection(ctx, options.definition, args, where, sort, scope && { ids: options.scopeIds(scope), portfolio: scope });
    }
  }
  return ScopedListQuery;
}
