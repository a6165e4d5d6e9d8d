import { Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context.js';

@Resolver()
export class GraphVersionResolver {
  @Query(() => Int, {
    description:
      'How many write transactions the graph has committed: every mutation, import and seed load advances it. Answers are cached per version (the `x-graph-version` header says which one an answer reflects), so a read made after a write always sees it.',
  })
  async graphVersion(@Ctx() ctx: GraphContext) {
    return (await ctx.db.graphVersion()).counter;
  }
}
