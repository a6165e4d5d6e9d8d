/** The relationship questions users ask: who runs on what, where data lives, and the blast radius of a failure. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { cypher } from '../../db/cypher-statement.js';
import { Basis, ImpactTargetKind } from '../types/enums.js';
import { ImpactReport, ServiceDataLocations, VendorInfrastructureDependency } from '../types/questions.js';
import { toDataLocation, toInfrastructureUsage } from '../types/edge-mapping.js';
import { invalidArgument, notFound } from '../errors.js';
import type { GraphContext } from '../context.js';
import type { ServiceRecord, StoresDataInRecord, UsesInfraRecord, VendorRecord } from '../records.js';
import { assembleImpact, type ImpactRow } from './impact-paths.js';

@Resolver()
export class QuestionResolver {
  @Query(() => [VendorInfrastructureDependency], {
    description:
      'Vendors whose services run on a provider (optionally one region of it), e.g. `provider: "aws", region: "ap-northeast-1"`, each with the usages, their basis and evidence.',
  })
  async vendorsUsingInfrastructure(
    @Arg('provider', () => ID, { description: 'Provider id: `aws`, `azure`, `gcp` or `undisclosed`.' }) provider: string,
    @Arg('region', () => String, { nullable: true, description: 'Region code (`ap-northeast-1`) or id (`aws:ap-northeast-1`).' }) region: string | undefined,
    @Arg('basis', () => Basis, { nullable: true, description: 'Only STATED (or only INFERRED) usages.' }) basis: Basis | undefined,
    @Ctx() ctx: GraphContext,
  ): Promise<VendorInfrastructureDependency[]> {
    const [known, regions] = await Promise.all([ctx.loaders.providers.load(provider), ctx.loaders.providerRegions.load(provider)]);
    if (!known) throw notFound('provider', 'infrastructure provider', provider);
    if (region != null && !regions.some((r) => r.code === region || r.id === region)) {
      throw notFound('region', `region of ${provider}`, region);
    }
    const rows = await ctx.db.read(cypher('read/questions/vendors-using-infrastructure'), { provider, region: region ?? null, basis: basis ?? null });
    return rows.map((row) => {
      const usages = (row.usages as unknown as UsesInfraRecord[]).map(toInfrastructureUsage);
      return {
        vendor: row.vendor as unknown as VendorRecord,
        usages,
        strongestBasis: usages.some((u) => u.basis === Basis.STATED) ? Basis.STATED : Basis.INFERRED,
      };
    });
  }

  @Query(() => [ServiceDataLocations], { description: 'Services that store customer data in any country other than the one given, with the evidence.' })
  async servicesStoringDataOutside(
    @Arg('country', () => String, { description: 'ISO 3166-1 alpha-2 code, e.g. `JP`.' }) country: string,
    @Ctx() ctx: GraphContext,
  ): Promise<ServiceDataLocations[]> {
    if (!/^[A-Z]{2}$/.test(country)) throw invalidArgument('country', `must be an ISO 3166-1 alpha-2 code such as "JP", got "${country}"`);
    const rows = await ctx.db.read(cypher('read/questions/services-storing-data-outside'), { country });
    return rows.map((row) => ({
      service: row.service as unknown as ServiceRecord,
      locations: (row.locations as unknown as StoresDataInRecord[]).map(toDataLocation),
    }));
  }

  @Query(() => ImpactReport, {
    description:
      'Blast radius: every service and vendor that depends on a provider, region or service, directly or through DEPENDS_ON chains, each with the paths that link them and the basis of every hop.',
  })
  async impactOf(
    @Arg('id', () => ID, { description: 'A provider (`azure`), region (`azure:japaneast`) or service (`sendgrid`) id.' }) id: string,
    @Ctx() ctx: GraphContext,
  ): Promise<ImpactReport> {
    const [provider, region, service] = await Promise.all([ctx.loaders.providers.load(id), ctx.loaders.regions.load(id), ctx.loaders.services.load(id)]);
    const target = provider
      ? { id, kind: ImpactTargetKind.PROVIDER, name: provider.name }
      : region
        ? { id, kind: ImpactTargetKind.REGION, name: region.name }
        : service
          ? { id, kind: ImpactTargetKind.SERVICE, name: service.name }
          : null;
    if (!target) throw notFound('id', 'provider, region or service', id);
    const rows =
      target.kind === ImpactTargetKind.SERVICE
        ? await ctx.db.read(cypher('read/questions/impact-of-service'), { serviceId: id })
        : await ctx.db.read(cypher('read/questions/impact-of-infrastructure'), {
            providerId: target.kind === ImpactTargetKind.PROVIDER ? id : null,
            regionId: target.kind === ImpactTargetKind.REGION ? id : null,
          });
    return assembleImpact(ctx, target, rows as unknown as ImpactRow[]);
  }
}
