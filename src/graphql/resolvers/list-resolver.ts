/**
 * The list queries (`vendors`, `services`, ...) share one shape: page
 * arguments, a `where` and a `sort` list in, a connection out. One factory
 * makes each, in the style of type-graphql's resolver inheritance: a type's
 * resolver extends the class it returns. The `where` and `sort` input
 * classes must have the shape of the list's filter and sort types in the
 * query layer: the factory's type parameters check it at compile time.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver, type ClassType } from 'type-graphql';
import type { z } from 'zod';
import type { Connectives, SortDirection } from '../../queries/filters/conditions.js';
import { readList, type ListDefinition } from '../../queries/lists.js';
import type { GraphContext } from '../context.js';
import { PageArgs } from '../inputs/list-args.js';
import { pageFrom, toConnection, type ConnectionShape } from '../pagination.js';
import { selects } from '../selection.js';

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

export function listQuery<F extends Connectives<F>, K extends string, R extends z.ZodType, W extends F, S extends Partial<Record<K, SortDirection>>>(
  options: ListQueryOptions<F, K, R, W, S>,
) {
  @Resolver()
  abstract class ListQuery {
    @Query(() => options.connection, { name: options.name, description: options.description })
    async list(
      @Args(() => PageArgs) args: PageArgs,
      @Arg('where', () => options.where, { nullable: true, description: 'Filters; every field given must hold; AND, OR and NOT combine them.' })
      where: W | undefined,
      @Arg('sort', () => [options.sort], {
        nullable: true,
        description: `Sort keys in order, one field each, e.g. \`${options.sortExample}\`. Ties break by id.`,
      })
      sort: S[] | undefined,
      @Ctx() ctx: GraphContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<ConnectionShape<z.infer<R>>> {
      const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
      // The items' related record read by the list's own statement when the request selects it: one round trip fewer.
      const related = options.definition.withRelated;
      const withRelated = related !== undefined && selects(info, ['edges', 'node', related.field]);
      const result = await readList(ctx.db, options.definition, { filter: where ?? null, sort: sort ?? null, page, withRelated });
      return toConnection(result.items, result.totalCount, page);
    }
  }
  return ListQuery;
}
