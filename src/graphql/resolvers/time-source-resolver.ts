import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { TimeSource } from '../types/nodes.js';
import { TimeSync } from '../types/edges.js';
import { toTimeSync } from '../types/edge-mapping.js';
import type { GraphContext } from '../context.js';

@Resolver(() => TimeSource)
export class TimeSourceResolver {
  @Query(() => TimeSource, { nullable: true, description: 'A time source by id (e.g. `nist`); null if there is none.' })
  timeSource(@Arg('id', () => ID, { description: 'A time source id, e.g. `nist`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.timeSources.load(id);
  }

  @FieldResolver(() => [TimeSync], { description: 'Services that synchronise with this time source, with evidence.' })
  async services(@Root() timeSource: TimeSource, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.timeSourceServices.load(timeSource.id)).map(toTimeSync);
  }
}
