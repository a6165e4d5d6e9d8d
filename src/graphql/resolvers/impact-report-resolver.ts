/**
 * The paginated parts of an impact report. Field resolvers, so a query that
 * asks only for the target reads nothing more; and lazy connections
 * (lazy-connection.ts), so one that asks only for a totalCount runs only
 * the count. A busy region hits tens of thousands of services: the paths,
 * with their evidence, are built for the page's services alone. A query
 * asking for a page of both the services and the vendors reads the two
 * pages from one walk (impact-page-reader.ts).
 */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { countImpactedServices, countImpactedVendors, type ImpactedVendorRecord } from '../../queries/impact.js';
import type { ServiceRecord } from '../../queries/records.js';
import { ImpactReport, type ImpactedService } from '../types/questions.js';
import { ImpactedServiceConnection, ImpactedVendorConnection, type PageSource } from '../types/lazy-connection.js';
import { PageArgs } from '../inputs/list-args.js';
import { pageFrom } from '../pagination.js';
import type { GraphContext } from '../context.js';
import { impactedServices } from './impact-paths.js';
import { inScope } from '../portfolio-access.js';
import { scopedImpactTarget } from '../impact-page-reader.js';

@Resolver(() => ImpactReport)
export class ImpactReportResolver {
  @FieldResolver(() => ImpactedServiceConnection, {
    description: 'Services hit, nearest first: fewest DEPENDS_ON hops to the target, then id. Each with every path that links it to the target.',
  })
  services(@Root() report: ImpactReport, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphContext) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    const { target, scope } = report;
    const source: PageSource<ServiceRecord, ImpactedService> = {
      count: () => countImpactedServices(ctx.db, scopedImpactTarget(report)),
      keys: async (offset, limit) => {
        const { items, totalCount } = await report.pages.services({ offset, limit });
        return { keys: items, totalCount };
      },
      items: async (services) =>
        (await impactedServices(ctx, target, services)).map((hit) => ({
          ...hit,
          service: inScope(hit.service, scope ?? null),
          criticality: scope?.usageOf(hit.serviceId)?.criticality,
        })),
    };
    return new ImpactedServiceConnection(source, page);
  }

  @FieldResolver(() => ImpactedVendorConnection, { description: 'Vendors whose services are hit, by name then id.' })
  vendors(@Root() report: ImpactReport, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphContext) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    // The page statement returns whole items: a vendor and its service ids are cheap to read.
    const source: PageSource<ImpactedVendorRecord, ImpactedVendorRecord> = {
      count: () => countImpactedVendors(ctx.db, scopedImpactTarget(report)),
      keys: async (offset, limit) => {
        const { items, totalCount } = await report.pages.vendors({ offset, limit });
        return { keys: items, totalCount };
      },
      items: async (vendors) => vendors,
    };
    return new ImpactedVendorConnection(source, page);
  }
}
