import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Document, Service, Vendor } from '../types/nodes.js';
import { CertificationHolding } from '../types/edges.js';
import { toCertificationHolding } from '../types/edge-mapping.js';
import { VendorConnection } from '../types/connections.js';
import { VendorSort, VendorWhere } from '../inputs/vendor-inputs.js';
import { idList, textParams } from '../inputs/filters.js';
import { PageArgs, sortParams } from '../inputs/list-args.js';
import type { GraphContext } from '../context.js';
import { listPage } from './list-page.js';

@Resolver(() => Vendor)
export class VendorResolver {
  @Query(() => Vendor, { nullable: true, description: 'A vendor by id; null if there is none.' })
  vendor(@Arg('id', () => ID, { description: 'A vendor id, e.g. `sios`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.vendors.load(id);
  }

  @Query(() => VendorConnection, { description: 'Vendors, filtered, sorted and paginated.' })
  vendors(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('where', () => VendorWhere, { nullable: true, description: 'Filters; every filter given must hold.' }) where: VendorWhere | undefined,
    @Arg('sort', () => VendorSort, { nullable: true, description: 'One sort field, e.g. `{ name: DESC }`. Ties break by id.' }) sort: VendorSort | undefined,
    @Ctx() ctx: GraphContext,
  ) {
    const name = textParams(where?.name);
    return listPage(
      ctx,
      'vendors',
      {
        ids: idList(where?.id),
        nameIn: name.in,
        nameContains: name.contains,
        nameStartsWith: name.startsWith,
        certificationIds: idList(where?.certification),
        providerIds: idList(where?.infrastructureProvider),
        regionIds: idList(where?.region),
        ...sortParams(sort, 'name'),
      },
      page,
    );
  }

  @FieldResolver(() => [Service], { description: 'Services the vendor provides.' })
  services(@Root() vendor: Vendor, @Ctx() ctx: GraphContext) {
    return ctx.loaders.vendorServices.load(vendor.id);
  }

  @FieldResolver(() => [CertificationHolding], { description: 'Certificates the vendor holds, with registration number, scope and evidence.' })
  async certifications(@Root() vendor: Vendor, @Ctx() ctx: GraphContext) {
    return (await ctx.loaders.vendorCertifications.load(vendor.id)).map(toCertificationHolding);
  }

  @FieldResolver(() => [Document], { description: 'Documents (whitepapers) the vendor published.' })
  documents(@Root() vendor: Vendor, @Ctx() ctx: GraphContext) {
    return ctx.loaders.vendorDocuments.load(vendor.id);
  }
}
