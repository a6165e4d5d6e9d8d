import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Country, InfrastructureProvider, Region } from '../types/nodes.js';
import { InfrastructureUsage } from '../types/edges.js';
import { toInfrastructureUsage } from '../types/edge-mapping.js';
import { RegionConnection } from '../types/connections.js';
import { RegionSort, RegionWhere } from '../inputs/catalog-inputs.js';
import type { GraphContext } from '../context.js';
import { lists } from '../../queries/lists.js';
import { listQuery } from './list-resolver.js';
import type { RegionRecord } from '../../queries/records.js';

@Resolver(() => Region)
export class RegionResolver extends listQuery({
  name: 'regions',
  description: 'Regions, filtered, sorted (by id by default) and paginated.',
  definition: lists.regions,
  connection: RegionConnection,
  where: RegionWhere,
  sort: RegionSort,
  sortExample: '[{ name: ASC }]',
}) {
  @Query(() => Region, { nullable: true, description: 'A region by id (e.g. `aws:ap-northeast-1`); null if there is none.' })
  region(@Arg('id', () => ID, { description: 'A region id, e.g. `aws:ap-northeast-1`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.regions.load(id);
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
