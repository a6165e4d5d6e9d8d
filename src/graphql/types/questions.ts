/** Result types of the relationship questions: who depends on what, and how we know. */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ImpactPageReader } from '../impact-page-reader.js';
import type { PortfolioScope } from '../portfolio-access.js';
import { Basis, HopKind, ImpactTargetKind, SearchKind } from './enums.js';
import { Evidence } from './evidence.js';
import { DataLocation, Disclosure, InfrastructureUsage, Metric } from './edges.js';
import { Control, Service, Vendor } from './nodes.js';

@ObjectType({ description: 'A vendor that uses the infrastructure asked about, with each usage that says so.' })
export class VendorInfrastructureDependency {
  @Field(() => Vendor, { description: 'The vendor.' })
  vendor!: Vendor;
  @Field(() => [InfrastructureUsage], { description: "The vendor's services' USES_INFRA edges to the infrastructure, with basis and evidence." })
  usages!: InfrastructureUsage[];
  @Field(() => Basis, { description: 'STATED if any usage is stated; INFERRED if all are inferred.' })
  strongestBasis!: Basis;
}

@ObjectType({ description: 'A service that stores data outside the given country, with the locations that say so.' })
export class ServiceDataLocations {
  @Field(() => Service, { description: 'The service.' })
  service!: Service;
  @Field(() => [DataLocation], { description: 'Its data locations outside the country, each with basis and evidence.' })
  locations!: DataLocation[];
}

@ObjectType({ description: 'The node an impact analysis starts from.' })
export class ImpactTarget {
  @Field(() => ID, { description: 'Id of the provider, region or service.' })
  id!: string;
  @Field(() => ImpactTargetKind, { description: 'Whether it is a provider, a region or a service.' })
  kind!: ImpactTargetKind;
  @Field(() => String, { description: 'Its readable name.' })
  name!: string;
}

@ObjectType({ description: 'One hop of an impact path, from a dependent towards the failing target.' })
export class ImpactHop {
  @Field(() => HopKind, { description: 'The relationship the hop follows.' })
  relationship!: HopKind;
  @Field(() => ID, { description: 'Id of the node the hop starts from (a service or region).' })
  fromId!: string;
  @Field(() => ID, { description: 'Id of the node the hop leads to (a service, region or provider).' })
  toId!: string;
  @Field(() => Basis, {
    description: 'How the hop is known. DEPENDS_ON and USES_INFRA carry the basis of their evidence; OPERATED_BY is reference data (STATED).',
  })
  basis!: Basis;
  @Field(() => String, { nullable: true, description: 'For an INFERRED hop, how it was inferred.' })
  reasoning?: string;
  @Field(() => Evidence, { nullable: true, description: 'The quote behind the hop; null for OPERATED_BY, which is reference data.' })
  evidence?: Evidence;
}

@ObjectType({ description: 'A path from an impacted service to the target.' })
export class ImpactPath {
  @Field(() => [ImpactHop], { description: 'Hops in order, from the impacted service to the target.' })
  hops!: ImpactHop[];
  @Field(() => Basis, { description: 'INFERRED if any hop is inferred: a chain is only as strong as its weakest hop.' })
  basis!: Basis;
}

@ObjectType({ description: 'A service hit when the target fails.' })
export class ImpactedService {
  serviceId!: string;
  @Field(() => Service, { description: 'The service hit; on a report scoped to a portfolio, with its `criticality` and `usage` there.' })
  service!: Service;
  @Field(() => Int, {
    nullable: true,
    description: 'On a report scoped to a portfolio: the criticality of the service to it (1 critical, 2 important, 3 other); null otherwise.',
  })
  criticality?: number;
  @Field(() => Boolean, { description: 'True if it depends on the target with no DEPENDS_ON hop in between.' })
  direct!: boolean;
  @Field(() => [ImpactPath], { description: 'Every path that links it to the target, shortest first.' })
  paths!: ImpactPath[];
  @Field(() => Basis, { description: 'STATED if at least one path is stated throughout.' })
  basis!: Basis;
}

@ObjectType({ description: 'A vendor whose services are hit.' })
export class ImpactedVendor {
  @Field(() => Vendor, { description: 'The vendor.' })
  vendor!: Vendor;
  @Field(() => [ID], { description: 'Ids of its impacted services, in id order.' })
  serviceIds!: string[];
}

// `services` and `vendors` are field resolvers (impact-report-resolver.ts): each is read only when asked for.
@ObjectType({
  description:
    'Blast radius: everything that depends on the target, directly or through DEPENDS_ON chains. Services and vendors are paginated: a query pays only for the parts it asks for.',
})
export class ImpactReport {
  @Field(() => ImpactTarget, { description: 'The provider, region or service that fails.' })
  target!: ImpactTarget;
  /** Set when the question names a portfolio: only its services are reported (src/graphql/portfolio-access.ts). */
  scope?: PortfolioScope | null;
  /** Reads the pages of `services` and `vendors`, from one walk when a query asks for both. */
  pages!: ImpactPageReader;
}

@ObjectType({ description: 'One search hit, ranked. Exactly one of vendor, service, control, region, disclosure is set, as `kind` says.' })
export class SearchHit {
  @Field(() => SearchKind, { description: 'What was found; the field of that name holds it.' })
  kind!: SearchKind;
  @Field(() => ID, { description: 'Id of the hit (a disclosure id for DISCLOSURE).' })
  id!: string;
  @Field(() => Float, { description: 'Relevance from 0 to 1: 1 for the whole query found as a phrase, less by the share of query bigrams found.' })
  score!: number;
  @Field(() => String, { description: 'The text around the match.' })
  snippet!: string;
  serviceId?: string | null;
  controlId?: string | null;
}

@ObjectType({ description: 'One service in a side-by-side comparison.' })
export class ServiceComparison {
  @Field(() => Service, { description: 'The service compared.' })
  service!: Service;
  @Field(() => Boolean, { description: 'True when the service discloses nothing on the control or metric compared.' })
  silent!: boolean;
  @Field(() => [Disclosure], { description: 'The disclosures compared.' })
  disclosures!: Disclosure[];
  @Field(() => [Metric], { description: 'When comparing on a metric: its values, smallest normalised value first.' })
  values!: Metric[];
  @Field(() => Float, { nullable: true, description: 'When comparing on a metric: the smallest normalised value (the sort key).' })
  bestValue?: number | null;
}

@ObjectType({ description: 'Gap view: which ISO/IEC 27017 controls a service discloses, and which it is silent on.' })
export class ControlCoverage {
  @Field(() => Int, { description: 'Controls in the catalog considered.' })
  total!: number;
  @Field(() => Int, { description: 'How many of them the service discloses something about.' })
  disclosedCount!: number;
  @Field(() => Int, { description: 'How many of them the service says nothing about.' })
  silentCount!: number;
  @Field(() => [Control], { description: 'Controls the service discloses something about, in catalog order.' })
  disclosed!: Control[];
  @Field(() => [Control], { description: 'Controls the service says nothing about, in catalog order.' })
  silent!: Control[];
}
