/**
 * A second, independent reading of the filter grammar, for the tests: every
 * node of every list is fetched unfiltered through the API (its traversal
 * fields run other statements than the list's filter), and `matches`
 * decides in TypeScript what a `where` should select. The filter tests hold
 * the compiled Cypher to this, field by field and in random combinations.
 */
import type { GraphQLClient } from './graphql-client.js';

export type ListName = 'vendors' | 'services' | 'regions' | 'infrastructureProviders' | 'certifications' | 'controls' | 'documents';
type Node = Record<string, any>;
type Filter = Record<string, any>;

/** What each list's reference nodes are read with: every property and relation a filter can look at. */
const selections: Record<ListName, string> = {
  vendors: 'id name nameEn certifications { certification { id } } services { infrastructure { region { id provider { id } } } }',
  services: `id name category vendor { id certifications { certification { id } } }
    infrastructure { basis region { id provider { id } country { code } } }
    dataLocations { basis country { code } }
    disclosures { control { id } metrics { name normalizedValue normalizedUnit } }
    timeSources { timeSource { id } }`,
  regions: 'id code name disclosed provider { id } country { code }',
  infrastructureProviders: 'id name',
  certifications: 'id name standard holders { vendor { id } }',
  controls: 'id code title titleEn cloudSpecific disclosures { service { id } }',
  documents: 'id title publishedOn vendor { id }',
};

export type ReferenceData = Record<ListName, Node[]>;

/** Every node of every list, page by page, in the API's default order. */
export async function fetchReferenceData(client: GraphQLClient): Promise<ReferenceData> {
  const data = {} as ReferenceData;
  for (const list of Object.keys(selections) as ListName[]) {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await client.data(
        `query ($after: String) { page: ${list}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selections[list]} } } } }`,
        {
          after,
        },
      );
      nodes.push(...page.page.edges.map((e: any) => e.node));
      if (!page.page.pageInfo.hasNextPage) break;
      after = page.page.pageInfo.endCursor;
    }
    data[list] = nodes;
  }
  return data;
}

/** As the API folds text for `contains` / `startsWith`. */
export const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function id(condition: Filter, value: string | null | undefined): boolean {
  if (condition.eq != null && value !== condition.eq) return false;
  if (condition.in != null && (value == null || !condition.in.includes(value))) return false;
  return true;
}

/** Some of the values satisfies the id condition (a relationship filter on ids). */
const someId = (condition: Filter, values: Array<string | null | undefined>) =>
  (condition.eq == null && condition.in == null) || values.some((v) => id(condition, v));

/**
 * `values`: the texts `eq` and `in` compare with exactly, and `contains` and
 * `startsWith` look in (`startsWith` only in the first, as the API documents
 * for names and titles that have two), folded as the API documents: names
 * and titles NFKC-normalised and lower-cased, other texts lower-cased.
 */
function text(condition: Filter, values: Array<string | null | undefined>, folding: 'nfkc' | 'lower' = 'lower'): boolean {
  const present = values.filter((v): v is string => v != null);
  if (condition.eq != null && !present.includes(condition.eq)) return false;
  if (condition.in != null && !present.some((v) => condition.in.includes(v))) return false;
  const texts = present.map((v) => (folding === 'nfkc' ? fold(v) : v.toLowerCase()));
  if (condition.contains != null && !texts.some((t) => t.includes(fold(condition.contains)))) return false;
  if (condition.startsWith != null && !(texts[0] ?? '').startsWith(fold(condition.startsWith))) return false;
  return true;
}

function metric(condition: Filter, metrics: Array<{ name: string; normalizedValue: number; normalizedUnit: string }>): boolean {
  return metrics.some(
    (m) =>
      m.name === condition.name &&
      m.normalizedUnit !== '' &&
      (condition.lt == null || m.normalizedValue < condition.lt) &&
      (condition.lte == null || m.normalizedValue <= condition.lte) &&
      (condition.gt == null || m.normalizedValue > condition.gt) &&
      (condition.gte == null || m.normalizedValue >= condition.gte),
  );
}

type FieldTest = (node: Node, condition: any) => boolean;

/** Connectives and fields of one level of a filter; every field given must hold. */
function evaluate(fields: Record<string, FieldTest>, node: Node, filter: Filter): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (condition == null) return true;
    if (key === 'AND') return (condition as Filter[]).every((f) => evaluate(fields, node, f));
    if (key === 'OR') return (condition as Filter[]).some((f) => evaluate(fields, node, f));
    if (key === 'NOT') return !evaluate(fields, node, condition);
    const test = fields[key];
    if (!test) throw new Error(`the oracle does not know the filter field "${key}"`);
    return test(node, condition);
  });
}

/** A relationship filter: direct fields and `some` mean some edge matches; `none` that none does. */
function quantified(edges: (node: Node) => Node[], fields: Record<string, FieldTest>): FieldTest {
  return (node, { some, none, ...direct }) => {
    const all = edges(node);
    const anyMatch = (f: Filter) => all.some((edge) => evaluate(fields, edge, f));
    const directGiven = Object.values(direct).some((v) => v != null);
    return (!directGiven || anyMatch(direct)) && (some == null || anyMatch(some)) && (none == null || !anyMatch(none));
  };
}

const usageFields: Record<string, FieldTest> = {
  provider: (u, c) => id(c, u.region.provider.id),
  region: (u, c) => id(c, u.region.id),
  country: (u, c) => id(c, u.region.country?.code),
  basis: (u, c) => u.basis === c,
};
const locationFields: Record<string, FieldTest> = {
  country: (l, c) => id(c, l.country.code),
  outside: (l, c) => l.country.code !== c,
  basis: (l, c) => l.basis === c,
};
const disclosureFields: Record<string, FieldTest> = {
  control: (d, c) => id(c, d.control.id),
  metric: (d, c) => metric(c, d.metrics),
};

const vendorRegions = (v: Node) => v.services.flatMap((s: Node) => s.infrastructure.map((u: Node) => u.region));

export const oracleFields: Record<ListName, Record<string, FieldTest>> = {
  vendors: {
    id: (v, c) => id(c, v.id),
    name: (v, c) => text(c, [v.name, v.nameEn], 'nfkc'),
    certification: (v, c) =>
      someId(
        c,
        v.certifications.map((h: Node) => h.certification.id),
      ),
    infrastructureProvider: (v, c) =>
      someId(
        c,
        vendorRegions(v).map((r: Node) => r.provider.id),
      ),
    region: (v, c) =>
      someId(
        c,
        vendorRegions(v).map((r: Node) => r.id),
      ),
  },
  services: {
    id: (s, c) => id(c, s.id),
    name: (s, c) => text(c, [s.name], 'nfkc'),
    category: (s, c) => text(c, [s.category]),
    vendor: (s, c) => id(c, s.vendor?.id),
    infrastructure: quantified((s) => s.infrastructure, usageFields),
    dataLocation: quantified((s) => s.dataLocations, locationFields),
    disclosure: quantified((s) => s.disclosures, disclosureFields),
    timeSource: (s, c) =>
      someId(
        c,
        s.timeSources.map((t: Node) => t.timeSource.id),
      ),
    vendorCertification: (s, c) =>
      someId(
        c,
        (s.vendor?.certifications ?? []).map((h: Node) => h.certification.id),
      ),
  },
  regions: {
    id: (r, c) => id(c, r.id),
    code: (r, c) => text(c, [r.code]),
    name: (r, c) => text(c, [r.name]),
    provider: (r, c) => id(c, r.provider.id),
    country: (r, c) => id(c, r.country?.code),
    disclosed: (r, c) => r.disclosed === c,
  },
  infrastructureProviders: {
    id: (p, c) => id(c, p.id),
    name: (p, c) => text(c, [p.name], 'nfkc'),
  },
  certifications: {
    id: (x, c) => id(c, x.id),
    name: (x, c) => text(c, [x.name]),
    standard: (x, c) => text(c, [x.standard]),
    heldBy: (x, c) =>
      someId(
        c,
        x.holders.map((h: Node) => h.vendor.id),
      ),
  },
  controls: {
    id: (x, c) => id(c, x.id),
    code: (x, c) => text(c, [x.code]),
    title: (x, c) => text(c, [x.title, x.titleEn], 'nfkc'),
    cloudSpecific: (x, c) => x.cloudSpecific === c,
    disclosedBy: (x, c) =>
      someId(
        c,
        x.disclosures.map((d: Node) => d.service.id),
      ),
  },
  documents: {
    id: (x, c) => id(c, x.id),
    title: (x, c) => text(c, [x.title]),
    vendor: (x, c) => id(c, x.vendor?.id),
  },
};

/** The ids of the nodes of `list` that `filter` selects, by the oracle. */
export function expectedIds(data: ReferenceData, list: ListName, filter: Filter): string[] {
  return data[list].filter((node) => evaluate(oracleFields[list], node, filter)).map((n) => n.id as string);
}

/** The relationship edges the nested where types of services range over, for value sources. */
export const serviceEdges = {
  ServiceInfrastructure: (s: Node) => s.infrastructure as Node[],
  ServiceDataLocation: (s: Node) => s.dataLocations as Node[],
  ServiceDisclosure: (s: Node) => s.disclosures as Node[],
};
