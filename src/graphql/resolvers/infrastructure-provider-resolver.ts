import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { InfrastructureProvider, Region } from '../types/nodes.js';
import { InfrastructureProviderConnection } from '../types/connections.js';
import { InfrastructureProviderSort, InfrastructureProviderWhere } from '../inputs/catalog-inputs.js';
import type { GraphContext } from '../context.js';
import { lists } from '../../queries/lists.js';
import { listQuery } from './list-resolver.js';

@Resolver(() => InfrastructureProvider)
export class InfrastructureProviderResolver extends listQuery({
  name: 'infrastructureProviders',
  description: 'Infrastructure providers, filtered, sorted (by id by default) and paginated.',
  definition: lists.infrastructureProviders,
  connection: InfrastructureProviderConnection,
  where: InfrastructureProviderWhere,
  sort: InfrastructureProviderSort,
  sortExample: '[{ name: DESC }]',
}) {
  @Query(() => InfrastructureProvider, { nullable: true, description: 'A provider by id (`aws`, `azure`, `gcp`, `undisclosed`); null if there is none.' })
  infrastructureProvider(@Arg('id', () => ID, { description: 'A provider id: `aws`, `azure`, `gcp` or `undisclosed`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.providers.load(id);
  }

  @FieldResolver(() => [Region], { description: 'Regions the provider operates (that the graph knows of).' })
  regions(@Root() provider: InfrastructureProvider, @Ctx() ctx: GraphContext) {
    return ctx.loaders.providerRegions.load(provider.id);
  }
}
