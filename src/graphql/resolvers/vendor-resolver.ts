import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Document, Service, Vendor } from '../types/nodes.js';
import { CertificationHolding } from '../types/edges.js';
import { toCertificationHolding } from '../types/edge-mapping.js';
import { VendorConnection } from '../types/connections.js';
import { VendorSort, VendorWhere } from '../inputs/vendor-inputs.js';
import type { GraphContext } from '../context.js';
import { lists } from '../../queries/lists.js';
import { scopedListQuery } from './list-resolver.js';
import { inScope, type InPortfolio } from '../portfolio-access.js';

@Resolver(() => Vendor)
export class VendorResolver extends scopedListQuery({
  name: 'vendors',
  description: 'Vendors, filtered, sorted (by name by default) and paginated.',
  definition: lists.vendors,
  connection: VendorConnection,
  where: VendorWhere,
  sort: VendorSort,
  scopeIds: (scope) => scope.vendorIds,
  sortExample: '[{ name: DESC }]',
}) {
  @Query(() => Vendor, { nullable: true, description: 'A vendor by id; null if there is none.' })
  vendor(@Arg('id', () => ID, { description: 'A vendor id, e.g. `sios`.' }) id: string, @Ctx() ctx: GraphContext) {
    return ctx.loaders.vendors.load(id);
  }

  @FieldResolver(() => [Service], { description: 'Services the vendor provides; on a list scoped to a portfolio, only those the portfolio uses.' })
  async services(@Root() vendor: InPortfolio<Vendor>, @Ctx() ctx: GraphContext) {
    const services = await ctx.loaders.vendorServices.load(vendor.id);
    const scope = vendor.inPortfolio;
    return scope ? services.filter((s) => scope.usageOf(s.id)).map((s) => inScope(s, scope)) : services;
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
