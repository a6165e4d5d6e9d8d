/**
 * The two ends of each edge type, and the document behind every piece of
 * evidence, all through the request's loaders (batched, no N+1).
 */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Certification, Control, Country, Document, Region, Service, TimeSource, Vendor } from '../types/nodes.js';
import { CertificationHolding, DataLocation, Dependency, Disclosure, InfrastructureUsage, TimeSync } from '../types/edges.js';
import { Evidence } from '../types/evidence.js';
import type { GraphContext } from '../context.js';
import { serviceInScope, type InPortfolio } from '../portfolio-access.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document, { description: 'The document quoted.' })
  document(@Root() evidence: Evidence, @Ctx() ctx: GraphContext) {
    return ctx.loaders.documents.load(evidence.documentId);
  }
}

@Resolver(() => InfrastructureUsage)
export class InfrastructureUsageResolver {
  @FieldResolver(() => Service, { description: 'The service that uses the infrastructure.' })
  service(@Root() edge: InPortfolio<InfrastructureUsage>, @Ctx() ctx: GraphContext) {
    return serviceInScope(ctx, edge.serviceId, edge);
  }
  @FieldResolver(() => Region, { description: 'The region it uses.' })
  region(@Root() edge: InfrastructureUsage, @Ctx() ctx: GraphContext) {
    return ctx.loaders.regions.load(edge.regionId);
  }
}

@Resolver(() => DataLocation)
export class DataLocationResolver {
  @FieldResolver(() => Service, { description: 'The service that stores the data.' })
  service(@Root() edge: InPortfolio<DataLocation>, @Ctx() ctx: GraphContext) {
    return serviceInScope(ctx, edge.serviceId, edge);
  }
  @FieldResolver(() => Country, { description: 'The country the data is stored in.' })
  country(@Root() edge: DataLocation, @Ctx() ctx: GraphContext) {
    return ctx.loaders.countries.load(edge.countryId);
  }
}

@Resolver(() => Dependency)
export class DependencyResolver {
  @FieldResolver(() => Service, { description: 'The service that depends.' })
  service(@Root() edge: Dependency, @Ctx() ctx: GraphContext) {
    return ctx.loaders.services.load(edge.serviceId);
  }
  @FieldResolver(() => Service, { description: 'The service depended on.' })
  dependsOn(@Root() edge: Dependency, @Ctx() ctx: GraphContext) {
    return ctx.loaders.services.load(edge.dependsOnId);
  }
}

@Resolver(() => CertificationHolding)
export class CertificationHoldingResolver {
  @FieldResolver(() => Vendor, { description: 'The vendor that holds the certificate.' })
  vendor(@Root() edge: CertificationHolding, @Ctx() ctx: GraphContext) {
    return ctx.loaders.vendors.load(edge.vendorId);
  }
  @FieldResolver(() => Certification, { description: 'The certification scheme.' })
  certification(@Root() edge: CertificationHolding, @Ctx() ctx: GraphContext) {
    return ctx.loaders.certifications.load(edge.certificationId);
  }
}

@Resolver(() => Disclosure)
export class DisclosureResolver {
  @FieldResolver(() => Service, { description: 'The service that discloses.' })
  service(@Root() edge: Disclosure, @Ctx() ctx: GraphContext) {
    return ctx.loaders.services.load(edge.serviceId);
  }
  @FieldResolver(() => Control, { description: 'The control the disclosure is about.' })
  control(@Root() edge: Disclosure, @Ctx() ctx: GraphContext) {
    return ctx.loaders.controls.load(edge.controlId);
  }
}

@Resolver(() => TimeSync)
export class TimeSyncResolver {
  @FieldResolver(() => Service, { description: 'The service whose clock is synchronised.' })
  service(@Root() edge: TimeSync, @Ctx() ctx: GraphContext) {
    return ctx.loaders.services.load(edge.serviceId);
  }
  @FieldResolver(() => TimeSource, { description: 'The time source it synchronises with.' })
  timeSource(@Root() edge: TimeSync, @Ctx() ctx: GraphContext) {
    return ctx.loaders.timeSources.load(edge.timeSourceId);
  }
}
