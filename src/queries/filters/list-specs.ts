/**
 * What each list can be filtered and sorted by, and how each filter field
 * reads the graph: the whole filter grammar of the API in one place. The
 * filter types are the query layer's own; the GraphQL inputs are checked
 * against them at compile time (src/graphql/inputs/), and a spec must name
 * every field of its filter type (FilterSpec), so no field can be offered
 * without a predicate behind it.
 */
import Cypher from '@neo4j/cypher-builder';
import { metricNames } from '../../seed/seed-schema.js';
import { QueryInputError, type Connectives, type IdCondition, type MetricCondition, type Quantified, type TextCondition } from './conditions.js';
import {
  booleanField,
  enumField,
  idField,
  quantifiedField,
  relatedIdField,
  textField,
  compileWhere,
  type FilterSpec,
  type Predicate,
  type RelatedPattern,
} from './compile-where.js';
import { startingPointFrom, type FindStartingPoint, type TakeConjunct } from './starting-points.js';

type Basis = 'STATED' | 'INFERRED';
type NodeScope = { node: Cypher.Node };

export interface VendorFilter extends Connectives<VendorFilter> {
  id?: IdCondition | null;
  name?: TextCondition | null;
  certification?: IdCondition | null;
  infrastructureProvider?: IdCondition | null;
  region?: IdCondition | null;
}

export interface InfrastructureUsageFilter extends Connectives<InfrastructureUsageFilter> {
  provider?: IdCondition | null;
  region?: IdCondition | null;
  country?: IdCondition | null;
  basis?: Basis | null;
}

export interface DataLocationFilter extends Connectives<DataLocationFilter> {
  country?: IdCondition | null;
  outside?: string | null;
  basis?: Basis | null;
}

export interface DisclosureFilter extends Connectives<DisclosureFilter> {
  control?: IdCondition | null;
  metric?: MetricCondition | null;
}

export interface ServiceFilter extends Connectives<ServiceFilter> {
  id?: IdCondition | null;
  name?: TextCondition | null;
  category?: TextCondition | null;
  vendor?: IdCondition | null;
  infrastructure?: Quantified<InfrastructureUsageFilter> | null;
  dataLocation?: Quantified<DataLocationFilter> | null;
  disclosure?: Quantified<DisclosureFilter> | null;
  timeSource?: IdCondition | null;
  vendorCertification?: IdCondition | null;
}

export interface RegionFilter extends Connectives<RegionFilter> {
  id?: IdCondition | null;
  code?: TextCondition | null;
  name?: TextCondition | null;
  provider?: IdCondition | null;
  country?: IdCondition | null;
  disclosed?: boolean | null;
}

export interface InfrastructureProviderFilter extends Connectives<InfrastructureProviderFilter> {
  id?: IdCondition | null;
  name?: TextCondition | null;
}

export interface CertificationFilter extends Connectives<CertificationFilter> {
  id?: IdCondition | null;
  name?: TextCondition | null;
  standard?: TextCondition | null;
  heldBy?: IdCondition | null;
}

export interface ControlFilter extends Connectives<ControlFilter> {
  id?: IdCondition | null;
  code?: TextCondition | null;
  title?: TextCondition | null;
  cloudSpecific?: boolean | null;
  disclosedBy?: IdCondition | null;
}

export interface DocumentFilter extends Connectives<DocumentFilter> {
  id?: IdCondition | null;
  title?: TextCondition | null;
  vendor?: IdCondition | null;
}

// ---- patterns: fresh variables on every call, so nested and repeated filters never share one ----

/** Relationships that are facts: a retracted one (retractedAt set) is history, never an answer. */
const factTypes = new Set(['USES_INFRA', 'STORES_DATA_IN', 'DEPENDS_ON', 'CERTIFIED_BY', 'IMPLEMENTS', 'SYNCS_TIME_WITH']);

/** `-[:TYPE]-`, limited to current facts when TYPE is a fact. */
function current(pattern: Cypher.Pattern, type: string, direction: 'right' | 'left' = 'right', edge = new Cypher.Relationship()) {
  const related = pattern.related(edge, { type, direction });
  return factTypes.has(type) ? related.where(Cypher.isNull(edge.property('retractedAt'))) : related;
}

/** (owner)-[:TYPE]->(target:Label), or <-[:TYPE]- with `direction: 'left'`. */
function neighbour(type: string, label: string, direction: 'right' | 'left' = 'right'): RelatedPattern<NodeScope, { target: Cypher.Node }> {
  return ({ node }) => {
    const target = new Cypher.Node();
    return { pattern: current(new Cypher.Pattern(node), type, direction).to(target, { labels: [label] }), scope: { target } };
  };
}

/** (service)-[:PROVIDES]-(vendor)... : a vendor's services' regions, or a service's vendor's certifications. */
function vendorRegion(): RelatedPattern<NodeScope, { target: Cypher.Node }> {
  return ({ node }) => {
    const target = new Cypher.Node();
    const pattern = current(new Cypher.Pattern(node).related({ type: 'PROVIDES' }).to({ labels: ['Service'] }), 'USES_INFRA').to(target, {
      labels: ['Region'],
    });
    return { pattern, scope: { target } };
  };
}

function serviceVendorCertification(): RelatedPattern<NodeScope, { target: Cypher.Node }> {
  return ({ node }) => {
    const target = new Cypher.Node();
    const pattern = current(new Cypher.Pattern(node).related({ type: 'PROVIDES', direction: 'left' }).to({ labels: ['Vendor'] }), 'CERTIFIED_BY').to(target, {
      labels: ['Certification'],
    });
    return { pattern, scope: { target } };
  };
}

type EdgeScope = { edge: Cypher.Relationship; target: Cypher.Node };

function edgeTo(type: string, label: string): RelatedPattern<NodeScope, EdgeScope> {
  return ({ node }) => {
    const edge = new Cypher.Relationship();
    const target = new Cypher.Node();
    return { pattern: current(new Cypher.Pattern(node), type, 'right', edge).to(target, { labels: [label] }), scope: { edge, target } };
  };
}

// ---- metrics ----

const knownMetrics = new Set<string>(metricNames);

function checkMetric(metric: MetricCondition, path: string): void {
  if (!knownMetrics.has(metric.name)) throw new QueryInputError(`${path}.name`, `unknown metric "${metric.name}"; one of ${metricNames.join(', ')}`);
}

type Bound = { op: '<' | '<=' | '>' | '>='; value: number };

function boundsOf(m: MetricCondition): Bound[] {
  const bounds: Bound[] = [];
  if (m.lt != null) bounds.push({ op: '<', value: m.lt });
  if (m.lte != null) bounds.push({ op: '<=', value: m.lte });
  if (m.gt != null) bounds.push({ op: '>', value: m.gt });
  if (m.gte != null) bounds.push({ op: '>=', value: m.gte });
  return bounds;
}

const comparisons = { '<': Cypher.lt, '<=': Cypher.lte, '>': Cypher.gt, '>=': Cypher.gte } as const;

/**
 * "Some value of metric `name` in the parallel lists `names` / `values`
 * meets every bound": cypher-builder has no list indexing by a variable, so
 * this one predicate is written out, from compiled variables and parameters.
 */
function someListedValue(names: Cypher.Property, values: Cypher.Property, metric: MetricCondition, normalizedUnits?: Cypher.Property): Predicate {
  const name = new Cypher.Param(metric.name);
  const bounds = boundsOf(metric).map((b) => ({ op: b.op, param: new Cypher.Param(b.value) }));
  const i = new Cypher.Variable();
  return new Cypher.Raw((ctx) => {
    const [n, v, iv] = [ctx.compile(names), ctx.compile(values), ctx.compile(i)];
    const conditions = [
      `${n}[${iv}] = ${ctx.compile(name)}`,
      ...bounds.map((b) => `${v}[${iv}] ${b.op} ${ctx.compile(b.param)}`),
      ...(normalizedUnits ? [`${ctx.compile(normalizedUnits)}[${iv}] <> ''`] : []),
    ];
    return `any(${iv} IN range(0, size(${n}) - 1) WHERE ${conditions.join(' AND ')})`;
  });
}

/**
 * The metric filter from the service's own copy of its disclosed metrics
 * (src/seed/disclosed-metrics.ts): the least and greatest value decide a
 * bound on one side from one property; bounds on both sides need one value
 * to meet them all, which the list of every value decides. Exactly "some
 * disclosure of the service states the metric within the bounds".
 */
function serviceMetricShortcut({ node }: NodeScope, filter: DisclosureFilter, path: string): Predicate | undefined {
  const given = Object.entries(filter).filter(([, v]) => v != null);
  if (given.length !== 1 || given[0]![0] !== 'metric') return undefined;
  const metric = filter.metric!;
  checkMetric(metric, `${path}.metric`);
  const min = node.property(`${metric.name}Min`);
  const max = node.property(`${metric.name}Max`);
  const bounds = boundsOf(metric);
  const upper = bounds.filter((b) => b.op === '<' || b.op === '<=');
  const lower = bounds.filter((b) => b.op === '>' || b.op === '>=');
  return Cypher.and(
    Cypher.isNotNull(min),
    ...upper.map((b) => comparisons[b.op](min, new Cypher.Param(b.value))),
    ...lower.map((b) => comparisons[b.op](max, new Cypher.Param(b.value))),
    upper.length && lower.length ? someListedValue(node.property('disclosedMetricNames'), node.property('disclosedMetricValues'), metric) : undefined,
  );
}

// ---- specs ----

const countryCode = /^[A-Z]{2}$/;

const infrastructureUsageSpec: FilterSpec<InfrastructureUsageFilter, EdgeScope> = {
  provider: idField(({ target }) => target.property('provider')),
  region: idField(({ target }) => target.property('id')),
  country: idField(({ target }) => target.property('countryCode')),
  basis: enumField(({ edge }) => edge.property('basis')),
};

const dataLocationSpec: FilterSpec<DataLocationFilter, EdgeScope> = {
  country: idField(({ target }) => target.property('id')),
  outside: ({ target }, country, path) => {
    if (!countryCode.test(country)) throw new QueryInputError(path, `must be an ISO 3166-1 alpha-2 country code such as "JP", got "${country}"`);
    return Cypher.neq(target.property('id'), new Cypher.Param(country));
  },
  basis: enumField(({ edge }) => edge.property('basis')),
};

const disclosureSpec: FilterSpec<DisclosureFilter, EdgeScope> = {
  control: idField(({ target }) => target.property('id')),
  metric: ({ edge }, metric, path) => {
    checkMetric(metric, path);
    // A metric whose unit cannot be normalised has an empty normalised unit and takes part in no bound (as in the service's copy).
    return someListedValue(edge.property('metricNames'), edge.property('metricNormalized'), metric, edge.property('metricNormalizedUnits'));
  },
};

export const vendorSpec: FilterSpec<VendorFilter, NodeScope> = {
  id: idField(({ node }) => node.property('id')),
  name: textField(['name', 'nameEn'], { stored: 'nameKey' }),
  certification: relatedIdField(neighbour('CERTIFIED_BY', 'Certification')),
  infrastructureProvider: relatedIdField(vendorRegion(), 'provider'),
  region: relatedIdField(vendorRegion()),
};

export const serviceSpec: FilterSpec<ServiceFilter, NodeScope> = {
  id: idField(({ node }) => node.property('id')),
  name: textField(['name'], { stored: 'nameKey' }),
  category: textField(['category'], { lowered: ['category'] }),
  vendor: idField(({ node }) => node.property('vendorId')),
  infrastructure: quantifiedField(edgeTo('USES_INFRA', 'Region'), infrastructureUsageSpec),
  dataLocation: quantifiedField(edgeTo('STORES_DATA_IN', 'Country'), dataLocationSpec),
  disclosure: quantifiedField(edgeTo('IMPLEMENTS', 'Control'), disclosureSpec, serviceMetricShortcut),
  timeSource: relatedIdField(neighbour('SYNCS_TIME_WITH', 'TimeSource')),
  vendorCertification: relatedIdField(serviceVendorCertification()),
};

export const regionSpec: FilterSpec<RegionFilter, NodeScope> = {
  id: idField(({ node }) => node.property('id')),
  code: textField(['code'], { lowered: ['code'] }),
  name: textField(['name'], { lowered: ['name'] }),
  provider: idField(({ node }) => node.property('provider')),
  country: idField(({ node }) => node.property('countryCode')),
  disclosed: booleanField(({ node }) => node.property('disclosed')),
};

export const infrastructureProviderSpec: FilterSpec<InfrastructureProviderFilter, NodeScope> = {
  id: idField(({ node }) => node.property('id')),
  name: textField(['name'], { stored: 'nameKey' }),
};

export const certificationSpec: FilterSpec<CertificationFilter, NodeScope> = {
  id: idField(({ node }) => node.property('id')),
  name: textField(['name'], { lowered: ['name'] }),
  standard: textField(['standard'], { lowered: ['standard'] }),
  heldBy: relatedIdField(neighbour('CERTIFIED_BY', 'Vendor', 'left')),
};

export const controlSpec: FilterSpec<ControlFilter, NodeScope> = {
  id: idField(({ node }) => node.property('id')),
  code: textField(['code'], { lowered: ['code'] }),
  title: textField(['title', 'titleEn'], { stored: 'titleKey' }),
  cloudSpecific: booleanField(({ node }) => node.property('cloudSpecific')),
  disclosedBy: relatedIdField(neighbour('IMPLEMENTS', 'Service', 'left')),
};

export const documentSpec: FilterSpec<DocumentFilter, NodeScope> = {
  id: idField(({ node }) => node.property('id')),
  title: textField(['title'], { lowered: ['title'] }),
  vendor: relatedIdField(neighbour('PUBLISHED', 'Vendor', 'left')),
};

// ---- starting points (starting-points.ts): lists that can start from a provider's or a region's few nodes ----

/** An edge condition that names regions, by provider or by id: a few indexed regions are where to start. */
const namesRegions = (f: InfrastructureUsageFilter | IdCondition | null | undefined, keys: ReadonlyArray<'provider' | 'region'>) =>
  f != null &&
  keys.some((k) => {
    const c = (f as InfrastructureUsageFilter)[k];
    return c?.eq != null || c?.in != null;
  });

/** The value without its absent fields; undefined when none is left. */
function remaining<V extends object>(value: V): V | undefined {
  return Object.values(value).some((v) => v != null) ? value : undefined;
}

/** (region:Region)<-[edge:USES_INFRA]-(node:Service), current facts only, the edge filter on the edge and the region. */
function servicesOnRegions(node: Cypher.Node, edgeFilter: InfrastructureUsageFilter, path: string) {
  const edge = new Cypher.Relationship();
  const target = new Cypher.Node();
  const pattern = current(new Cypher.Pattern(target, { labels: ['Region'] }), 'USES_INFRA', 'left', edge).to(node, { labels: ['Service'] });
  return { pattern, where: compileWhere(infrastructureUsageSpec, { edge, target }, edgeFilter, path) };
}

/** `infrastructure` naming a provider or region, given directly or under `some`; `none` always stays a filter. */
const serviceInfrastructureStart: TakeConjunct<Quantified<InfrastructureUsageFilter>> = (node, value, path) => {
  const { some, none, ...direct } = value;
  if (namesRegions(direct, ['provider', 'region'])) return { ...servicesOnRegions(node, direct, path), left: remaining({ some, none }) };
  if (namesRegions(some, ['provider', 'region'])) return { ...servicesOnRegions(node, some!, `${path}.some`), left: remaining({ ...direct, none }) };
  return undefined;
};

/** (region:Region)<-[:USES_INFRA]-(:Service)<-[:PROVIDES]-(node:Vendor), the region's `property` as the condition says. */
function vendorsOnRegions(property: 'provider' | 'id'): TakeConjunct<IdCondition> {
  return (node, condition) => {
    if (condition.eq == null && condition.in == null) return undefined;
    const target = new Cypher.Node();
    const pattern = current(new Cypher.Pattern(target, { labels: ['Region'] }), 'USES_INFRA', 'left')
      .to({ labels: ['Service'] })
      .related({ type: 'PROVIDES', direction: 'left' })
      .to(node, { labels: ['Vendor'] });
    return { pattern, where: idField<{ target: Cypher.Node }>(({ target: t }) => t.property(property))({ target }, condition, ''), left: undefined };
  };
}

export const serviceStartingPoint: FindStartingPoint<ServiceFilter> = startingPointFrom<ServiceFilter>({ infrastructure: serviceInfrastructureStart });

export const vendorStartingPoint: FindStartingPoint<VendorFilter> = startingPointFrom<VendorFilter>({
  infrastructureProvider: vendorsOnRegions('provider'),
  region: vendorsOnRegions('id'),
});
