import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Country, InfrastructureProvider, Region } from '../types/nodes.js';
import { InfrastructureUsage } from '../types/edges.js';
import { toInfrastructureUsage } from '../types/edge-mapping.js';
import { RegionConnection } from '../types/connections.js';
import { RegionSort, RegionWhere } from '../inputs/catalog-inputs.js';
import { idList, textParams } from '../inputs/filters.js';
import { PageArgs, sortParams } from '../inputs/list-args.js';
import type { GraphContext } from '../context.js';
import type { RegionRecord } from '../records.js';
import { listPage } from './list-page.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'A region by id (e.g. `aws:ap-northeast-1`); null if there is none.' })
  region(@Arg('id', () => ID, { description: 'A region id, e.g. `aws:ap-northeast-1`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.regions.load(id);
  }

  @Query(() => RegionConnection, { description: 'Regions, filtered, sorted and paginated.' })
  regions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => RegionWhere, { nullable: true, description: 'Filters; every filter given must hold.' }) where: RegionWhere | undefined,
    @Arg('sort', () => RegionSort, { nullable: true, description: 'One sort field, e.g. `{ name: DESC }`. Ties break by id.' }) sort: RegionSort | undefined,
    @Ctx() ctx: GraphContext,
  ) {
    return listPage(
      ctx,
      'regions',
      {
        ids: idList(where?.id),
        codeIn: textParams(where?.code).in,
        providerIds: idList(where?.provider),
        countryIds: idList(where?.country),
        disclosed: where?.disclosed ?? null,
        ...sortParams(sort, 'id'),
      },
      page,
    );
  }

  @FieldResolver(() => InfrastructureProvider, { description: 'The provider that operates the region.' })
  provider(@Root() region: RegionRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.providers.load(region.provider);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country the region lies in; null if even that is unknown.' })
  country(@Root() region: RegionRecord, @Ctx() ctx: GraphContext) {
    return region.countryCode ? ctx.loaders.countries.load(region.countryCode) : null;
  }

  @FieldResolver(() => [InfrastructureUsage], { description: 'Services that use the region, with basis and evidence.' })
  async services(@Root() region: Region, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.regionServices.load(region.id)).map(toInfrastructureUsage);
  }
}
