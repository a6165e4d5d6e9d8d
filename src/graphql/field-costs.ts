/**
 * What each field of the schema costs, for the query cost estimate
 * (plugins/query-limits.ts): how many items a list field can return, how
 * many items a page can hold, and the work an argument asks for.
 *
 * A list that walks a relationship returns at most the most relationships
 * of that type one node has at that end, measured on the graph at start-up;
 * a list of every node of a label at most that many nodes. So the estimate
 * follows the data the server holds, and a field that fans out wide on a
 * large graph costs that width.
 *
 * The table lives here, not on each field, because the resolvers are being
 * rewritten: test/api/query-cost.test.ts fails when a list field of the
 * schema has no entry (or an entry names no field), so a new list cannot
 * slip in at no cost.
 *
 * The sizes are read after seeding, and read again after each mutation that
 * committed (LiveGraphSizes, plugins/refresh-graph-sizes.ts): until that
 * read ends, a request is estimated on the sizes from before the write, a
 * few items short at most.
 */
import { readGraphShape } from '../queries/graph-size.js';
import type { GraphReader } from '../queries/statement.js';
import { nodeLabels, type NodeLabel, type RelationshipType } from '../db/graph-model.js';
import { searchTerms } from '../search/search-text.js';
import { invalidArgument } from './errors.js';

/** Relationships of this type from (`start`) or to (`end`) a node. */
export interface Hop {
  walks: RelationshipType;
  from: 'start' | 'end';
}

export type ListSize =
  /** Walks one relationship from the parent's node. */
  | Hop
  /** Walks several in turn: at most the product of their sizes. */
  | { hops: Hop[] }
  /** At most every node of the label; with `argument`, at most the length of that list argument when given. */
  | { nodes: NodeLabel; argument?: string }
  /** Metric values stated by one disclosure, or by one service over all its disclosures (measured like the degrees). */
  | { metricValues: 'perDisclosure' | 'perService' }
  /** A bound fixed by the model, with why it holds. */
  | { atMost: number; because: string }
  /** The changes recorded for one node or fact (measured like the degrees). */
  | { changes: 'perTarget' }
  /** What a mutation has just written, answered from memory with no read beneath each item: one unit each; the write itself is bounded by MAX_BODY_BYTES. */
  | { written: string };

/** Every list field without a `first` argument, by `Type.field`. Connections' `edges` are sized by `first`. */
export const listSizes: Record<string, ListSize> = {
  'Query.servicesStoringDataOutside': { nodes: 'Service' },
  'Query.compareServices': { nodes: 'Service', argument: 'services' },
  'Vendor.services': { walks: 'PROVIDES', from: 'start' },
  'Vendor.certifications': { walks: 'CERTIFIED_BY', from: 'start' },
  'Vendor.documents': { walks: 'PUBLISHED', from: 'start' },
  'Service.infrastructure': { walks: 'USES_INFRA', from: 'start' },
  'Service.dataLocations': { walks: 'STORES_DATA_IN', from: 'start' },
  'Service.dependencies': { walks: 'DEPENDS_ON', from: 'start' },
  'Service.dependents': { walks: 'DEPENDS_ON', from: 'end' },
  'Service.disclosures': { walks: 'IMPLEMENTS', from: 'start' },
  'Service.timeSources': { walks: 'SYNCS_TIME_WITH', from: 'start' },
  'Document.revisions': { walks: 'HAS_REVISION', from: 'start' },
  'Region.services': { walks: 'USES_INFRA', from: 'end' },
  'InfrastructureProvider.regions': { walks: 'OPERATED_BY', from: 'end' },
  'Control.disclosures': { walks: 'IMPLEMENTS', from: 'end' },
  'TimeSource.services': { walks: 'SYNCS_TIME_WITH', from: 'end' },
  'Certification.holders': { walks: 'CERTIFIED_BY', from: 'end' },
  'Disclosure.metrics': { metricValues: 'perDisclosure' },
  // The vendor's services, then each one's usages.
  'VendorInfrastructureDependency.usages': {
    hops: [
      { walks: 'PROVIDES', from: 'start' },
      { walks: 'USES_INFRA', from: 'start' },
    ],
  },
  'ServiceDataLocations.locations': { walks: 'STORES_DATA_IN', from: 'start' },
  'ImpactPath.hops': { atMost: 9, because: 'a path is up to 8 DEPENDS_ON hops and one USES_INFRA hop' },
  // Not a strict bound (chains of up to 8 hops can branch at each), but the paths are built for the
  // page whatever is selected under them: this sizes the response only.
  'ImpactedService.paths': { walks: 'DEPENDS_ON', from: 'start' },
  'ImpactedVendor.serviceIds': { walks: 'PROVIDES', from: 'start' },
  'ServiceComparison.disclosures': { walks: 'IMPLEMENTS', from: 'start' },
  'ServiceComparison.values': { metricValues: 'perService' },
  'ControlCoverage.disclosed': { nodes: 'Control' },
  'ControlCoverage.silent': { nodes: 'Control' },
  'Query.history': { changes: 'perTarget' },
  // The portfolio's services from the certificate's vendor.
  'ExpiringCertification.services': { walks: 'PROVIDES', from: 'start' },
  // The portfolio's services from the vendors that published the document.
  'StaleDocument.services': {
    hops: [
      { walks: 'PUBLISHED', from: 'end' },
      { walks: 'PROVIDES', from: 'start' },
    ],
  },
  'Query.portfolios': { nodes: 'Portfolio' },
  // Built in memory from one evaluation of the portfolio: these size the response only. A finding's
  // evidence is at most the facts of one kind its service has; disclosures are the most numerous.
  'Finding.evidence': { walks: 'IMPLEMENTS', from: 'start' },
  'ComplianceMatrix.columns': { walks: 'REQUIRES', from: 'start' },
  'ComplianceMatrix.rows': { walks: 'USES', from: 'start' },
  'ComplianceRow.cells': { walks: 'REQUIRES', from: 'start' },
  'Portfolio.requirements': { walks: 'REQUIRES', from: 'start' },
  // Lists of words stored on the usage or requirement itself, as written (each write bounded by MAX_BODY_BYTES).
  'PortfolioUsage.dataClasses': { written: 'the data classes given when the usage was written' },
  'Requirement.countries': { written: 'the countries given when the requirement was written' },
  'Requirement.appliesToDataClasses': { written: 'the data classes given when the requirement was written' },
  'ImportResult.factIds': { written: 'the ids of the facts the imported document states' },
  'ImportResult.retracted': { written: 'the changes recorded for the facts the import retracted' },
  // Decoded from the draft node already read: no read beneath each item.
  'Draft.facts': { written: 'the facts a draft proposes, answered from the draft node already read' },
  'ConcentrationReport.entries': { atMost: 1, because: "the entries are counted by concentration's own `first`, on the query field" },
  // One group per provider, region, vendor, certification or criticality: vendors are the most numerous.
  'MetricSummary.groups': { nodes: 'Vendor' },
};

/** Measured sizes of the graph: the largest degree per relationship type and end, node counts per label, metric values. */
export interface GraphSizes {
  degree(type: RelationshipType, end: 'start' | 'end'): number;
  nodes(label: NodeLabel): number;
  metricValues(per: 'perDisclosure' | 'perService'): number;
  changesPerTarget(): number;
}

export async function readGraphSizes(db: GraphReader): Promise<GraphSizes> {
  const shape = await readGraphShape(db);
  const degrees = new Map(shape.degrees.map((d) => [`${d.type}:${d.end}`, d.maxDegree]));
  const counts = new Map(shape.nodes.map((n) => [n.label, n.nodes]));
  return {
    degree: (type, end) => degrees.get(`${type}:${end}`) ?? 0,
    nodes: (label) => counts.get(label) ?? 0,
    metricValues: (per) => shape.metricValues[per],
    changesPerTarget: () => shape.changesPerTarget,
  };
}

/**
 * The graph sizes the estimate reads, kept current while writes arrive:
 * `refresh()` asks for them to be read again. One read covers every write
 * committed before it starts, and reads start at most once every
 * `minIntervalMs`, so a stream of writes costs one read a second, not one
 * each.
 */
export class LiveGraphSizes implements GraphSizes {
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastRead = 0;
  private stopped = false;

  constructor(
    private current: GraphSizes,
    private readonly db: GraphReader,
    private readonly onError: (error: unknown) => void,
    private readonly minIntervalMs = 1_000,
  ) {}

  static async read(db: GraphReader, onError: (error: unknown) => void): Promise<LiveGraphSizes> {
    return new LiveGraphSizes(await readGraphSizes(db), db, onError);
  }

  degree(type: RelationshipType, end: 'start' | 'end'): number {
    return this.current.degree(type, end);
  }

  nodes(label: NodeLabel): number {
    return this.current.nodes(label);
  }

  metricValues(per: 'perDisclosure' | 'perService'): number {
    return this.current.metricValues(per);
  }

  changesPerTarget(): number {
    return this.current.changesPerTarget();
  }

  /** Has the sizes read again soon (after the writes committed so far); a read already waiting to start covers this call too. */
  refresh(): void {
    if (this.stopped || this.timer) return;
    const wait = Math.max(0, this.lastRead + this.minIntervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // After the read in progress, if any: one at a time.
      this.running = (this.running ?? Promise.resolve()).then(() => this.readNow());
    }, wait);
  }

  /** No more reads; resolves when the one in progress (if any) has ended, before the engine closes. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async readNow(): Promise<void> {
    if (this.stopped) return;
    try {
      this.current = await readGraphSizes(this.db);
    } catch (error) {
      this.onError(error);
    } finally {
      this.lastRead = Date.now();
    }
  }
}

/** The nodes a connection's page holds, by connection type, where its name does not say. */
const pageNodes: Record<string, NodeLabel> = {
  ImpactedServiceConnection: 'Service',
  ImpactedVendorConnection: 'Vendor',
  VendorInfrastructureDependencyConnection: 'Vendor',
};

/** The label whose nodes a page of this type holds, if one does (a search hit has none): a page never holds more items than there are. */
export function pageNodeLabel(typeName: string): NodeLabel | undefined {
  const named = typeName.replace(/Connection$/, '');
  return pageNodes[typeName] ?? nodeLabels.find((label) => label === named && typeName !== named);
}

/**
 * What one search term costs, in cost units (one unit: about one item of a
 * nested list resolved, ~0.01 ms). A term is an index probe and a scan of
 * its candidates: ~0.4 ms on the seed graph, forty items' worth. So a
 * 200-character text costs up to 8,000, and a request holds a few.
 */
export const searchTermCost = 40;

export interface ArgumentLimits {
  maxSearchTextLength: number;
}

/**
 * The work a field's arguments ask for, beyond the items it returns (each
 * item of a list argument, e.g. an id of an `in` filter, already costs 1).
 * May refuse an argument outright, naming it.
 */
export const argumentCosts: Record<string, (args: Record<string, unknown>, limits: ArgumentLimits) => number> = {
  'Query.search': ({ text }, { maxSearchTextLength }) => {
    if (typeof text !== 'string') return 0;
    const length = [...text].length;
    if (length > maxSearchTextLength) {
      throw invalidArgument('text', `must be at most ${maxSearchTextLength} characters (MAX_SEARCH_TEXT_LENGTH), got ${length}`);
    }
    return searchTerms(text).length * searchTermCost;
  },
};
