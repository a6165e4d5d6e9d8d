import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { InfrastructureProvider, Region } from '../types/nodes.js';
import { InfrastructureProviderConnection } from '../types/connections.js';
import { InfrastructureProviderSort, InfrastructureProviderWhere } from '../inputs/catalog-inputs.js';
import { idList, textParams } from '../inputs/filters.js';
import { PageArgs, sortParams } from '../inputs/list-args.js';
import type { GraphContext } from '../context.js';
import { listPage } from './list-page.js';

@Resolver(() => InfrastructureProvider)
export class InfrastructureProviderResolver {
  @Query(() => InfrastructureProvider, { nullable: true, description: 'A provider by id (`aws`, `azure`, `gcp`, `undisclosed`); null if there is none.' })
  infrastructureProvider(@Arg('id', () => ID, { description: 'A provider id: `aws`, `azure`, `gcp` or `undisclosed`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.providers.load(id);
  }

  @Query(() => InfrastructureProviderConnection, { description: 'Infrastructure providers, filtered, sorted and paginated.' })
  infrastructureProviders(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => InfrastructureProviderWhere, { nullable: true, description: 'Filters; every filter given must hold.' })
    where: InfrastructureProviderWhere | undefined,
    @Arg('sort', () => InfrastructureProviderSort, { nullable: true, description: 'One sort field, e.g. `{ name: DESC }`. Ties break by id.' })
    sort: InfrastructureProviderSort | undefined,
    @Ctx() ctx: GraphContext,
  ) {
    return listPage(
      ctx,
      'infrastructure-providers',
      { ids: idList(where?.id), nameContains: textParams(where?.name).contains, ...sortParams(sort, 'id') },
      page,
    );
  }

  @FieldResolver(() => [Region], { description: 'Regions the provider operates (that the graph knows of).' })
  regions(@Root() provider: InfrastructureProvider, @Ctx() ctx: GraphContext) {
    return ctx.loaders.providerRegions.load(provider.id);
  }
}
