/**
 * The lists (`vendors`, `services`, `regions`, ...): one statement per
 * request that filters, sorts and cuts the page, and counts every match,
 * built for the filter and sort the request gives (compile-where.ts), so it
 * holds only the predicates asked for. Its text depends on the shape of the
 * filter, never on its values: Neo4j reuses the plan for every request of
 * the same shape.
 */
import Cypher from '@neo4j/cypher-builder';
import { z } from 'zod';
import type { CypherStatement } from '../db/cypher-statement.js';
import { QueryInputError, type Connectives, type SortDirection, type SortList } from './filters/conditions.js';
import { compileWhere, type FilterSpec } from './filters/compile-where.js';
import type { FindStartingPoint } from './filters/starting-points.js';
import * as specs from './filters/list-specs.js';
import { pageRow, type PageOf, type PageWindow } from './page.js';
import * as R from './records.js';
import { readSingleRow, type GraphReader } from './statement.js';

export interface ListDefinition<F extends Connectives<F>, K extends string, S extends z.ZodType> {
  /** Names the built statement in logs and query statistics: `built/list/<name>`. */
  name: string;
  label: string;
  spec: FilterSpec<F, { node: Cypher.Node }>;
  /** Where a filter lets the statement start from a few nodes instead of every node of the label (starting-points.ts). */
  startFrom?: FindStartingPoint<F>;
  /** Sort fields and the property each sorts by. */
  sortBy: Record<K, string>;
  /** Without a sort argument. */
  defaultSort: Array<[NoInfer<K>, SortDirection]>;
  /** The properties each item returns: what `record` decodes. */
  projection: readonly string[];
  record: S;
  /**
   * The node each item names by id (a service's vendor) that the statement
   * reads with the page when the request selects it (`ListRequest.withRelated`),
   * so that field of the items needs no statement of its own. Each item
   * then carries it under `field` (null where the id names nothing), as
   * the by-id lookup of `label` would read it.
   */
  withRelated?: RelatedById;
}

export interface RelatedById {
  /** The item's field the related record goes to (the GraphQL field's name). */
  field: string;
  /** The item's property holding the related node's id. */
  idProperty: string;
  label: string;
  projection: readonly string[];
  record: z.ZodType<{ id: string }>;
}

function list<F extends Connectives<F>, K extends string, S extends z.ZodType>(definition: ListDefinition<F, K, S>) {
  return definition;
}

export const lists = {
  vendors: list({
    name: 'vendors',
    label: 'Vendor',
    spec: specs.vendorSpec,
    startFrom: specs.vendorStartingPoint,
    sortBy: { id: 'id', name: 'name' },
    defaultSort: [['name', 'ASC']],
    projection: ['id', 'name', 'nameEn', 'website'],
    record: R.vendorRecord,
  }),
  services: list({
    name: 'services',
    label: 'Service',
    spec: specs.serviceSpec,
    startFrom: specs.serviceStartingPoint,
    sortBy: { id: 'id', name: 'name', category: 'category' },
    defaultSort: [['name', 'ASC']],
    projection: ['id', 'name', 'category', 'description', 'vendorId'],
    record: R.serviceRecord,
    // As read/by-id/vendors reads them.
    withRelated: { field: 'vendor', idProperty: 'vendorId', label: 'Vendor', projection: ['id', 'name', 'nameEn', 'website'], record: R.vendorRecord },
  }),
  regions: list({
    name: 'regions',
    label: 'Region',
    spec: specs.regionSpec,
    sortBy: { id: 'id', code: 'code', name: 'name' },
    defaultSort: [['id', 'ASC']],
    projection: ['id', 'code', 'name', 'provider', 'countryCode', 'disclosed'],
    record: R.regionRecord,
  }),
  infrastructureProviders: list({
    name: 'infrastructure-providers',
    label: 'InfrastructureProvider',
    spec: specs.infrastructureProviderSpec,
    sortBy: { id: 'id', name: 'name' },
    defaultSort: [['id', 'ASC']],
    projection: ['id', 'name'],
    record: R.providerRecord,
  }),
  certifications: list({
    name: 'certifications',
    label: 'Certification',
    spec: specs.certificationSpec,
    sortBy: { id: 'id', name: 'name' },
    defaultSort: [['id', 'ASC']],
    projection: ['id', 'name', 'standard'],
    record: R.certificationRecord,
  }),
  controls: list({
    name: 'controls',
    label: 'Control',
    spec: specs.controlSpec,
    // Catalog order (5.1.1 before 10.1.1, each CLD control after the one it extends), which string order is not.
    sortBy: { code: 'position', id: 'id' },
    defaultSort: [['code', 'ASC']],
    projection: ['id', 'code', 'title', 'titleEn', 'clause', 'cloudSpecific', 'position'],
    record: R.controlRecord,
  }),
  documents: list({
    name: 'documents',
    label: 'Document',
    spec: specs.documentSpec,
    sortBy: { publishedOn: 'publishedOn', title: 'title', id: 'id' },
    defaultSort: [['publishedOn', 'DESC']],
    projection: ['id', 'title', 'version', 'publishedOn', 'publisher', 'sourceFile'],
    record: R.documentRecord,
  }),
};

/** The request's sort keys in order, each one field, then id for ties. */
function sortKeys<K extends string>(
  definition: { sortBy: Record<K, string>; defaultSort: Array<[K, SortDirection]> },
  sort: SortList<K> | null | undefined,
): Array<[string, SortDirection]> {
  const keys: Array<[K, SortDirection]> = [];
  (sort ?? []).forEach((element, i) => {
    const given = Object.entries(element).filter(([, direction]) => direction != null) as Array<[K, SortDirection]>;
    if (given.length !== 1) {
      throw new QueryInputError(
        `sort[${i}]`,
        `give exactly one field per sort element (e.g. [{ name: DESC }, { id: ASC }]), got ${given.length ? given.map(([k]) => k).join(', ') : 'none'}`,
      );
    }
    const [key, direction] = given[0]!;
    if (!(key in definition.sortBy)) throw new QueryInputError(`sort[${i}].${key}`, 'is not a field this list can be sorted by');
    keys.push([key, direction]);
  });
  const properties: Array<[string, SortDirection]> = (keys.length ? keys : definition.defaultSort).map(([key, direction]) => [
    definition.sortBy[key],
    direction,
  ]);
  if (!properties.some(([property]) => property === 'id')) properties.push(['id', 'ASC']);
  return properties;
}

export interface ListRequest<F, K extends string> {
  filter: F | null | undefined;
  sort: SortList<K> | null | undefined;
  page: PageWindow;
  /** Only the nodes with these ids (a portfolio's services or their vendors); absent or null for all. */
  scopeIds?: readonly string[] | null | undefined;
  /** Read the definition's related record with each item (`ListDefinition.withRelated`). */
  withRelated?: boolean | undefined;
}

/**
 * Every node of the list's label that the filter selects, once: from the
 * filter's starting point when it has one (the MATCH from there, each node
 * kept once, then the rest of the filter), otherwise from every node of the
 * label, filtered.
 */
function matchFiltered<F extends Connectives<F>>(
  definition: { label: string; spec: FilterSpec<F, { node: Cypher.Node }>; startFrom?: FindStartingPoint<F> | undefined },
  node: Cypher.Node,
  filter: F | null | undefined,
  scopeIds: readonly string[] | null | undefined,
) {
  const start = filter ? definition.startFrom?.(node, filter, 'where') : undefined;
  const rest = start ? start.rest : filter;
  const filtered = rest ? compileWhere(definition.spec, { node }, rest, 'where') : undefined;
  // The scope is a predicate of its own, only when given: an unscoped list's statement is as before.
  const scoped = scopeIds ? Cypher.in(node.property('id'), new Cypher.Param([...scopeIds])) : undefined;
  const where = filtered && scoped ? Cypher.and(scoped, filtered) : (filtered ?? scoped);
  if (!start) {
    const match = new Cypher.Match(new Cypher.Pattern(node, { labels: [definition.label] }));
    return where ? match.where(where) : match;
  }
  const match = new Cypher.Match(start.pattern);
  const distinct = (start.where ? match.where(start.where) : match).with(node).distinct();
  return where ? distinct.where(where) : distinct;
}

/** The statement for one request: MATCH, the compiled filter, the sort, then the page and the count from one walk. */
export function buildListStatement<F extends Connectives<F>, K extends string, S extends z.ZodType>(
  definition: ListDefinition<F, K, S>,
  request: ListRequest<F, K>,
): { statement: CypherStatement; params: Record<string, unknown> } {
  const node = new Cypher.Node();
  const matched = new Cypher.Variable();
  const item = new Cypher.Variable();
  const offset = new Cypher.Param(request.page.offset);
  const limit = new Cypher.Param(request.page.limit);
  const ordered = matchFiltered(definition, node, request.filter, request.scopeIds)
    .with(node)
    .orderBy(...sortKeys(definition, request.sort).map(([property, direction]) => [node.property(property), direction] as [Cypher.Property, SortDirection]))
    .with([Cypher.collect(node), matched]);
  const related = request.withRelated ? definition.withRelated : undefined;
  // cypher-builder slices lists by literal numbers only; the page bounds stay parameters.
  const page = new Cypher.Raw((ctx) => {
    const [m, x] = [ctx.compile(matched), ctx.compile(item)];
    const fields = definition.projection.map((p) => `.${p}`).join(', ');
    const nodes = `[${x} IN ${m}[${ctx.compile(offset)}..(${ctx.compile(offset)} + ${ctx.compile(limit)})] | ${x} {${fields}}]`;
    if (!related) return `RETURN size(${m}) AS totalCount, ${nodes} AS nodes`;
    // The page's related nodes by id, each once, after the page is cut: one index seek per id, in the same statement.
    const r = ctx.compile(new Cypher.Variable());
    return (
      `WITH size(${m}) AS totalCount, ${nodes} AS nodes\n` +
      `OPTIONAL MATCH (${r}:${related.label}) WHERE ${r}.id IN [${x} IN nodes | ${x}.${related.idProperty}]\n` +
      // No match leaves one null row; the embedded engine projects null to a map of nulls, so the CASE keeps it null (collect skips it).
      `RETURN totalCount, nodes, collect(CASE WHEN ${r} IS NULL THEN null ELSE ${r} {${related.projection.map((p) => `.${p}`).join(', ')}} END) AS related`
    );
  });
  const { cypher, params } = Cypher.utils.concat(ordered, page).build();
  const name = `built/list/${definition.name}${related ? `+${related.field}` : ''}`;
  return { statement: { name, text: cypher, params: Object.keys(params) }, params };
}

/** One page of a list, with the count of every match (and each item's related record, when asked). */
export async function readList<F extends Connectives<F>, K extends string, S extends z.ZodType>(
  db: GraphReader,
  definition: ListDefinition<F, K, S>,
  request: ListRequest<F, K>,
): Promise<PageOf<z.infer<S>>> {
  const { statement, params } = buildListStatement(definition, request);
  const related = request.withRelated ? definition.withRelated : undefined;
  if (!related) {
    const { totalCount, nodes } = await readSingleRow(db, statement, params, pageRow('nodes', definition.record));
    return { totalCount, items: nodes };
  }
  const row = pageRow('nodes', definition.record).extend({ related: z.array(related.record) });
  const { totalCount, nodes, related: found } = await readSingleRow(db, statement, params, row);
  const byId = new Map(found.map((r) => [r.id, r]));
  const items = (nodes as Array<Record<string, unknown>>).map((node) => ({ ...node, [related.field]: byId.get(node[related.idProperty] as string) ?? null }));
  return { totalCount, items: items as z.infer<S>[] };
}
