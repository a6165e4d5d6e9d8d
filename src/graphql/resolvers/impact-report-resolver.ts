/**
 * The paginated parts of an impact report. Field resolvers, so a query that
 * asks only for the target reads nothing more; and lazy connections
 * (lazy-connection.ts), so one that asks only for a totalCount runs only
 * the count. A busy region hits tens of thousands of services: the paths,
 * with their evidence, are built for the page's services alone.
 */
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CypherStatement } from '../../db/cypher-statement.js';
import { ImpactReport, type ImpactedService, type ImpactedVendor } from '../types/questions.js';
import { ImpactedServiceConnection, ImpactedVendorConnection, type PageSource } from '../types/lazy-connection.js';
import { PageArgs } from '../inputs/list-args.js';
import { pageFrom } from '../pagination.js';
import type { GraphContext } from '../context.js';
import type { ServiceRecord } from '../records.js';
import { impactScope, type ImpactScope } from './impact-scope.js';
import { impactedServices } from './impact-paths.js';

async function countOf(ctx: GraphContext, statement: CypherStatement, params: ImpactScope['params']): Promise<number> {
  const [row] = await ctx.db.read(statement, params);
  return (row?.totalCount as number) ?? 0;
}

@Resolver(() => ImpactReport)
export class ImpactReportResolver {
  @FieldResolver(() => ImpactedServiceConnection, {
    description: 'Services hit, nearest first: fewest DEPENDS_ON hops to the target, then id. Each with every path that links it to the target.',
  })
  services(@Root() report: ImpactReport, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphContext) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    const scope = impactScope(report.target);
    const source: PageSource<ServiceRecord, ImpactedService> = {
      count: () => countOf(ctx, scope.statement('services-count'), scope.params),
      keys: async (offset, limit) => {
        const [row] = await ctx.db.read(scope.statement('services-page'), { ...scope.params, offset, limit });
        return { keys: (row?.services ?? []) as unknown as ServiceRecord[], totalCount: (row?.totalCount as number) ?? 0 };
      },
      items: (services) => impactedServices(ctx, scope, services),
    };
    return new ImpactedServiceConnection(source, page);
  }

  @FieldResolver(() => ImpactedVendorConnection, { description: 'Vendors whose services are hit, by name then id.' })
  vendors(@Root() report: ImpactReport, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphContext) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    const scope = impactScope(report.target);
    // The page statement returns whole items: a vendor and its service ids are cheap to read.
    const source: PageSource<ImpactedVendor, ImpactedVendor> = {
      count: () => countOf(ctx, scope.statement('vendors-count'), scope.params),
      keys: async (offset, limit) => {
        const [row] = await ctx.db.read(scope.statement('vendors-page'), { ...scope.params, offset, limit });
        return { keys: (row?.vendors ?? []) as unknown as ImpactedVendor[], totalCount: (row?.totalCount as number) ?? 0 };
      },
      items: async (vendors) => vendors,
    };
    return new ImpactedVendorConnection(source, page);
  }
}
