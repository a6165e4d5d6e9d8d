/** Result types of the aggregations: concentration risk and metric summaries, over a portfolio or the whole graph. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { concentrationDimensions, type ConcentrationDimension as Dimension } from '../../queries/concentration.js';
import { metricGroupings, type MetricGrouping as Grouping } from '../../queries/metric-summary.js';
import { MetricName } from './enums.js';
import { Service } from './nodes.js';

export const ConcentrationDimension = Object.fromEntries(concentrationDimensions.map((d) => [d, d])) as { [K in Dimension]: K };
const dimensionDescriptions: Record<Dimension, string> = {
  PROVIDER: 'Infrastructure providers the services (or their sub-processors) run on.',
  REGION: 'Regions the services (or their sub-processors) run on.',
  COUNTRY: 'Countries of those regions, and countries the services (or their sub-processors) store data in.',
  SUBPROCESSOR: 'Services the services depend on through DEPENDS_ON, directly or further down the chain.',
  CERTIFICATION_ISSUER: "Bodies that issued the certificates of the services' (or their sub-processors') vendors, where the document names them.",
};
registerEnumType(ConcentrationDimension, {
  name: 'ConcentrationDimension',
  description: 'What a concentration ranking counts the services against.',
  valuesConfig: Object.fromEntries(concentrationDimensions.map((d) => [d, { description: dimensionDescriptions[d] }])),
});

export const MetricGrouping = Object.fromEntries(metricGroupings.map((g) => [g, g])) as { [K in Grouping]: K };
const groupingDescriptions: Record<Grouping, string> = {
  PROVIDER: 'By the infrastructure provider a service runs on (a service on two providers counts in both).',
  REGION: 'By the region a service runs on.',
  VENDOR: "By the service's vendor.",
  CERTIFICATION: "By each certification the service's vendor holds.",
  CRITICALITY: "By the portfolio's criticality of the usage (needs `portfolio`).",
};
registerEnumType(MetricGrouping, {
  name: 'MetricGrouping',
  description: 'How a metric summary groups the services.',
  valuesConfig: Object.fromEntries(metricGroupings.map((g) => [g, { description: groupingDescriptions[g] }])),
});

@ObjectType({ description: 'How many services of each criticality (1 critical, 2 important, 3 other).' })
export class CriticalityMix {
  @Field(() => Int, { description: 'Services used at criticality 1 (critical).' })
  critical!: number;
  @Field(() => Int, { description: 'Services used at criticality 2 (important).' })
  important!: number;
  @Field(() => Int, { description: 'Services used at criticality 3 (other).' })
  other!: number;
}

@ObjectType({ description: 'What a ranking is over: the services a portfolio uses, or every service of the graph.' })
export class ConcentrationScope {
  @Field(() => Int, { description: 'Services in scope.' })
  serviceCount!: number;
  @Field(() => Int, { description: 'Their vendors.' })
  vendorCount!: number;
  @Field(() => CriticalityMix, { nullable: true, description: 'Their criticality mix; null over the whole graph, where services have no criticality.' })
  criticality?: CriticalityMix | null;
}

@ObjectType({ description: 'A service counted in a concentration entry.' })
export class ConcentratedService {
  @Field(() => Service, { description: 'The service.' })
  service!: Service;
  @Field(() => Int, { nullable: true, description: "The portfolio's criticality of its usage (1 critical, 2 important, 3 other); null over the whole graph." })
  criticality?: number | null;
  @Field(() => Boolean, { description: 'True when the service itself relies on the entry; false when only a service it depends on (DEPENDS_ON) does.' })
  direct!: boolean;
}

@ObjectType({ description: 'One thing many services depend on, with how many and which.' })
export class ConcentrationEntry {
  @Field(() => ID, { description: 'Provider id, region id, country code, sub-processor service id, or the issuer as the document prints it.' })
  key!: string;
  @Field(() => String, { description: 'Readable name.' })
  name!: string;
  @Field(() => Int, { description: 'Services in scope that depend on it, directly or through DEPENDS_ON.' })
  serviceCount!: number;
  @Field(() => Int, { description: 'Vendors of those services.' })
  vendorCount!: number;
  @Field(() => Float, { description: 'serviceCount as a share of the services in scope, from 0 to 1.' })
  share!: number;
  @Field(() => CriticalityMix, { nullable: true, description: 'Criticality mix of those services; null over the whole graph.' })
  criticality?: CriticalityMix | null;
  /** Up to the maximum page size, most critical first; `services(first)` slices them. */
  listed!: ConcentratedService[];
}

@ObjectType({
  description: 'Concentration risk: what the services depend on, largest first, so "AWS Tokyo carries 12 of our 15 critical services" is one query.',
})
export class ConcentrationReport {
  @Field(() => ConcentrationDimension, { description: 'What the services are counted against.' })
  by!: Dimension;
  @Field(() => ConcentrationScope, { description: 'The services the ranking is over.' })
  scope!: ConcentrationScope;
  @Field(() => Int, { description: 'Entries in all (the list holds the first `first`).' })
  totalCount!: number;
  @Field(() => [ConcentrationEntry], { description: 'By services depending on it (most first), then critical services, then key.' })
  entries!: ConcentrationEntry[];
}

@ObjectType({ description: "One group of a metric summary: count, minimum, maximum and average of the metric's normalised values." })
export class MetricGroupSummary {
  @Field(() => ID, { description: 'Provider id, region id, vendor id, certification id, or the criticality (1, 2, 3).' })
  key!: string;
  @Field(() => String, { description: 'Readable name (critical, important, other for CRITICALITY).' })
  name!: string;
  @Field(() => Int, { description: 'Values disclosed (a service stating one per data kind counts each).' })
  count!: number;
  @Field(() => Int, { description: 'Services that disclose a value.' })
  serviceCount!: number;
  @Field(() => Float, { description: 'Smallest normalised value.' })
  min!: number;
  @Field(() => Float, { description: 'Largest normalised value.' })
  max!: number;
  @Field(() => Float, { description: 'Average of the normalised values.' })
  average!: number;
}

@ObjectType({ description: 'A metric summarised per group, for dashboards.' })
export class MetricSummary {
  @Field(() => MetricName, { description: 'The metric.' })
  metric!: string;
  @Field(() => String, { description: 'The canonical unit every value is normalised to (days, hours, generations, percent, characters).' })
  unit!: string;
  @Field(() => MetricGrouping, { description: 'How the services are grouped.' })
  groupBy!: Grouping;
  @Field(() => [MetricGroupSummary], { description: 'One per group with at least one value, by key.' })
  groups!: MetricGroupSummary[];
}
