/** The relationship questions users ask: who runs on what, where data lives, and the blast radius of a failure. */
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Basis, ImpactTargetKind } from '../types/enums.js';
import { ImpactReport, ServiceDataLocations } from '../types/questions.js';
import { VendorInfrastructureDependencyConnection } from '../types/connections.js';
import { toDataLocation } from '../types/edge-mapping.js';
import { PageArgs } from '../inputs/list-args.js';
import { pageFrom } from '../pagination.js';
import { invalidArgument, notFound } from '../errors.js';
import type { GraphContext } from '../context.js';
import { servicesStoringDataOutside } from '../../queries/data-residency.js';
import { vendorsUsingInfrastructurePage } from './vendors-using-infrastructure.js';
import { inScope, portfolioArgumentDescription, portfolioScope } from '../portfolio-access.js';
import { ImpactPageReader, scopedImpactTarget } from '../impact-page-reader.js';

@Resolver()
export class QuestionResolver {
  @Query(() => VendorInfrastructureDependencyConnection, {
    description:
      'Vendors whose services run on a provider (optionally one region of it), e.g. `provider: "aws", region: "ap-northeast-1"`, by name then id, each with the usages, their basis and evidence. Paginated: a busy region has thousands.',
  })
  async vendorsUsingInfrastructure(
    @Arg('provider', () => ID, { description: 'Provider id: `aws`, `azure`, `gcp` or `undisclosed`.' }) provider: string,
    @Arg('region', () => String, { nullable: true, description: 'Region code (`ap-northeast-1`) or id (`aws:ap-northeast-1`).' }) region: string | undefined,
    @Arg('basis', () => Basis, { nullable: true, description: 'Only STATED (or only INFERRED) usages.' }) basis: Basis | undefined,
    @Arg('portfolio', () => ID, { nullable: true, description: portfolioArgumentDescription }) portfolio: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: GraphContext,
  ) {
    const page = pageFrom(args.first, args.after, ctx.limits.maxPageSize);
    const [known, regions, scope] = await Promise.all([
      ctx.loaders.providers.load(provider),
      ctx.loaders.providerRegions.load(provider),
      portfolioScope(ctx, portfolio),
    ]);
    if (!known) throw notFound('provider', 'infrastructure provider', provider);
    if (region != null && !regions.some((r) => r.code === region || r.id === region)) {
      throw notFound('region', `region of ${provider}`, region);
    }
    return vendorsUsingInfrastructurePage(
      ctx,
      { provider, region: region ?? null, basis: basis ?? null, scopeServiceIds: scope?.serviceIds ?? null },
      page,
      scope,
    );
  }

  @Query(() => [ServiceDataLocations], { description: 'Services that store customer data in any country other than the one given, with the evidence.' })
  async servicesStoringDataOutside(
    @Arg('country', () => String, { description: 'ISO 3166-1 alpha-2 code, e.g. `JP`.' }) country: string,
    @Arg('portfolio', () => ID, { nullable: true, description: portfolioArgumentDescription }) portfolio: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<ServiceDataLocations[]> {
    if (!/^[A-Z]{2}$/.test(country)) throw invalidArgument('country', `must be an ISO 3166-1 alpha-2 code such as "JP", got "${country}"`);
    const scope = await portfolioScope(ctx, portfolio);
    const rows = await servicesStoringDataOutside(ctx.db, country, scope?.serviceIds ?? null);
    return rows.map(({ service, locations }) => ({ service: inScope(service, scope), locations: locations.map(toDataLocation) }));
  }

  @Query(() => ImpactReport, {
    description:
      'Blast radius: every service and vendor that depends on a provider, region or service, directly or through DEPENDS_ON chains, each with the paths that link them and the basis of every hop. Services and vendors are paginated.',
  })
  async impactOf(
    @Arg('id', () => ID, { description: 'A provider (`azure`), region (`azure:japaneast`) or service (`sendgrid`) id.' }) id: string,
    @Arg('portfolio', () => ID, { nullable: true, description: portfolioArgumentDescription }) portfolio: string | null,
    @Ctx() ctx: GraphContext,
  ): Promise<ImpactReport> {
    const [provider, region, service, scope] = await Promise.all([
      ctx.loaders.providers.load(id),
      ctx.loaders.regions.load(id),
      ctx.loaders.services.load(id),
      portfolioScope(ctx, portfolio),
    ]);
    const target = provider
      ? { id, kind: ImpactTargetKind.PROVIDER, name: provider.name }
      : region
        ? { id, kind: ImpactTargetKind.REGION, name: region.name }
        : service
          ? { id, kind: ImpactTargetKind.SERVICE, name: service.name }
          : null;
    if (!target) throw notFound('id', 'provider, region or service', id);
    // Services and vendors are read by ImpactReportResolver, only if the query asks for them.
    return { target, scope, pages: new ImpactPageReader(ctx.db, scopedImpactTarget({ target, scope })) };
  }
}
