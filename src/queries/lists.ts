/**
 * The lists (`vendors`, `services`, `regions`, ...): one statement per
 * request that filters, sorts and cuts the page, and counts every match,
 * built for the filter and sort the request gives (compile-where.ts), so it
 * holds only the predicates asked for. Its text depends on the shape of the
 * filter, never on its values: Neo4j reuses the plan for every request of
 * the same shape.
 */
import Cypher from '@neo4j/cypher-builder';
import type { z } from 'zod';
import type { CypherStatement } from '../db/cypher-statement.js';
import { QueryInputError, type Connectives, type SortDirection, type SortList } from './filters/conditions.js';
import { compileWhere, type FilterSpec } from './filters/compile-where.js';
import * as specs from './filters/list-specs.js';
import { pageRow, type PageOf, type PageWindow } from './page.js';
import * as R from './records.js';
import { readSingleRow, type GraphReader } from './statement.js';

export interface ListDefinition<F extends Connectives<F>, K extends string, S extends z.ZodType> {
  /** Names the built statement in logs and query statistics: `built/list/<name>`. */
  name: string;
  label: string;
  spec: FilterSpec<F, { node: Cypher.Node }>;
  /** Sort fields and the property each sorts by. */
  sortBy: Record<K, string>;
  /** Without a sort argument. */
  defaultSort: Array<[NoInfer<K>, SortDirection]>;
  /** The properties each item returns: what `record` decodes. */
  projection: readonly string[];
  record: S;
}

function list<F extends Connectives<F>, K extends string, S extends z.ZodType>(definition: ListDefinition<F, K, S>) {
  return definition;
}

export const lists = {
  vendors: list({
    name: 'vendors',
    label: 'Vendor',
    spec: specs.vendorSpec,
    sortBy: { id: 'id', name: 'name' },
    defaultSort: [['name', 'ASC']],
    projection: ['id', 'name', 'nameEn', 'website'],
    record: R.vendorRecord,
  }),
  services: list({
    name: 'services',
    label: 'Service',
    spec: specs.serviceSpec,
    sortBy: { id: 'id', name: 'name', category: 'category' },
    defaultSort: [['name', 'ASC']],
    projection: ['id', 'name', 'category', 'description', 'vendorId'],
    record: R.serviceRecord,
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
}

/** The statement for one request: MATCH, the compiled filter, the sort, then the page and the count from one walk. */
export function buildListStatement<F extends Connectives<F>, K extends string, S extends z.ZodType>(
  definition: ListDefinition<F, K, S>,
  request: ListRequest<F, K>,
): { statement: CypherStatement; params: Record<string, unknown> } {
  const node = new Cypher.Node();
  const filtered = request.filter ? compileWhere(definition.spec, { node }, request.filter, 'where') : undefined;
  // The scope is a predicate of its own, only when given: an unscoped list's statement is as before.
  const scoped = request.scopeIds ? Cypher.in(node.property('id'), new Cypher.Param([...request.scopeIds])) : undefined;
  const where = filtered && scoped ? Cypher.and(scoped, filtered) : (filtered ?? scoped);
  const match = new Cypher.Match(new Cypher.Pattern(node, { labels: [definition.label] }));
  const matched = new Cypher.Variable();
  const item = new Cypher.Variable();
  const offset = new Cypher.Param(request.page.offset);
  const limit = new Cypher.Param(request.page.limit);
  const ordered = (where ? match.where(where) : match)
    .with(node)
    .orderBy(...sortKeys(definition, request.sort).map(([property, direction]) => [node.property(property), direction] as [Cypher.Property, SortDirection]))
    .with([Cypher.collect(node), matched]);
  // cypher-builder slices lists by literal numbers only; the page bounds stay parameters.
  const page = new Cypher.Raw((ctx) => {
    const [m, x] = [ctx.compile(matched), ctx.compile(item)];
    const fields = definition.projection.map((p) => `.${p}`).join(', ');
    return `RETURN size(${m}) AS totalCount, [${x} IN ${m}[${ctx.compile(offset)}..(${ctx.compile(offset)} + ${ctx.compile(limit)})] | ${x} {${fields}}] AS nodes`;
  });
  const { cypher, params } = Cypher.utils.concat(ordered, page).build();
  return { statement: { name: `built/list/${definition.name}`, text: cypher, params: Object.keys(params) }, params };
}

/** One page of a list, with the count of every match. */
export async function readList<F extends Connectives<F>, K extends string, S extends z.ZodType>(
  db: GraphReader,
  definition: ListDefinition<F, K, S>,
  request: ListRequest<F, K>,
): Promise<PageOf<z.infer<S>>> {
  const { statement, params } = buildListStatement(definition, request);
  const { totalCount, nodes } = await readSingleRow(db, statement, params, pageRow('nodes', definition.record));
  return { totalCount, items: nodes };
}
