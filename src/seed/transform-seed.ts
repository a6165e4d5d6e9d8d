/**
 * Transform: turn validated seed files into rows for the load statements.
 * Nested values are flattened to what a Neo4j property can hold (scalars and
 * lists of one type): evidence becomes `evidenceDocument`, `evidenceSection`,
 * `evidenceQuote`; a disclosure's metrics become parallel lists. Vendors
 * and services also get the properties the engine profile derives
 * (`DerivedProperties`: search grams, the copy of disclosed metrics).
 */
import type { Evidence, SeedFile } from './seed-schema.js';
import type { SeedSet } from './read-seed.js';
import { defaultDocumentOf } from './validate-seed.js';
import { normalizeMetric } from './normalize-metric.js';
import type { DerivedProperties, PropertyValues, ServiceSource, StatedMetric } from './derived-properties.js';
import { SeedValidationError, type SeedProblem } from './seed-error.js';
import { describeRecord } from './read-seed.js';
import { normalizeForSearch } from '../search/search-text.js';

type Props = PropertyValues;
export interface NodeRow {
  id: string;
  props: Props;
}
export interface EdgeRow {
  id: string;
  from: string;
  to: string;
  props: Props;
}

/** A property-less link between two nodes by id. */
export interface LinkRow {
  from: string;
  to: string;
}
const link = (from: string, to: string): LinkRow => ({ from, to });

/** One load step: a statement under cypher/seed/ and the rows it MERGEs, in load order. */
export interface LoadStep {
  statement: string;
  rows: Array<NodeRow | EdgeRow | LinkRow>;
}

/** Drops undefined and null: Neo4j stores no null property, so neither engine should. */
export function props(values: Record<string, unknown>): Props {
  // A plain loop: this runs once per row, a million times for a large seed (entries/filter/fromEntries took 2 s there).
  const kept: Props = {};
  for (const key in values) {
    const value = values[key];
    if (value !== undefined && value !== null) kept[key] = value as Props[string];
  }
  return kept;
}

function evidenceProps(evidence: Evidence, fallbackDocument: string | undefined): Props {
  return props({
    evidenceDocument: evidence.document ?? fallbackDocument,
    evidenceSection: evidence.section,
    evidenceQuote: evidence.quote,
  });
}

export function searchTextOf(...parts: Array<string | undefined>): string {
  return normalizeForSearch(parts.filter(Boolean).join(' \u0000 '));
}

type Disclosure = SeedFile['disclosures'][number];

/** Each service's metrics, as its disclosures state them (normalised), for the copy the profile derives. */
function statedMetricsByService(disclosures: readonly Disclosure[]): (serviceId: string) => StatedMetric[] {
  const byService = new Map<string, StatedMetric[]>();
  for (const d of disclosures) {
    const metrics = byService.get(d.service) ?? [];
    for (const m of d.metrics) {
      const normalized = normalizeMetric(m.name, m.value, m.unit);
      // A metric that does not normalise is reported with its disclosure (merge-implements below).
      if (normalized) metrics.push({ name: m.name, value: normalized.normalizedValue });
    }
    byService.set(d.service, metrics);
  }
  return (serviceId) => byService.get(serviceId) ?? [];
}

/**
 * The `searchText` of each service's disclosures, for what the profile
 * derives from them (`disclosureSearchGrams`). A service's derived
 * properties are written with it (`SET n = row.props` replaces them whole)
 * from the disclosures of the seed being loaded, which always holds the
 * file that defines the service (a disclosure must name a service of the
 * seed set), so a load keeps them equal to the disclosures that load writes.
 */
function disclosureSearchTextsByService(searchTextOfDisclosure: Map<Disclosure, string>): (serviceId: string) => string[] {
  const byService = new Map<string, string[]>();
  for (const [record, searchText] of searchTextOfDisclosure) {
    const texts = byService.get(record.service) ?? [];
    texts.push(searchText);
    byService.set(record.service, texts);
  }
  return (serviceId) => byService.get(serviceId) ?? [];
}

/** `derived`: what the engine's profile has the loader write with vendors and services. */
export function transformSeed(seed: SeedSet, derived: DerivedProperties): LoadStep[] {
  const all = <K extends keyof SeedFile>(key: K) =>
    seed.files.flatMap(({ file, data }) =>
      (data[key] as Array<SeedFile[K] extends Array<infer T> ? T : never>).map((record, index) => ({ file, data, record, index })),
    );
  const problems: SeedProblem[] = [];
  const statedMetricsOf = statedMetricsByService(all('disclosures').map(({ record }) => record));
  // Normalised once: each disclosure's text goes on its edge and into what is derived for its service.
  const disclosureSearchText = new Map(all('disclosures').map(({ record: d }) => [d, disclosureSearchTextOf(d)]));
  const disclosureSearchTextsOf = disclosureSearchTextsByService(disclosureSearchText);

  const steps: LoadStep[] = [
    {
      statement: 'seed/merge-countries',
      rows: all('countries').map(({ record: c }) => ({ id: c.code, props: props({ id: c.code, code: c.code, name: c.name, nameJa: c.nameJa }) })),
    },
    {
      statement: 'seed/merge-providers',
      rows: all('providers').map(({ record: p }) => ({
        id: p.id,
        props: props({ id: p.id, name: p.name, nameKey: searchTextOf(p.name), searchText: searchTextOf(p.id, p.name) }),
      })),
    },
    {
      statement: 'seed/merge-regions',
      rows: all('regions').map(({ record: r }) => ({
        id: r.id,
        props: props({
          id: r.id,
          code: r.code,
          name: r.name,
          provider: r.provider,
          countryCode: r.country,
          disclosed: r.disclosed,
          searchText: searchTextOf(r.code, r.name),
        }),
      })),
    },
    {
      statement: 'seed/merge-time-sources',
      rows: all('timeSources').map(({ record: t }) => ({ id: t.id, props: props({ id: t.id, name: t.name, description: t.description }) })),
    },
    {
      statement: 'seed/merge-certifications',
      rows: all('certifications').map(({ record: c }) => ({
        id: c.id,
        props: props({ id: c.id, name: c.name, standard: c.standard, searchText: searchTextOf(c.name, c.standard) }),
      })),
    },
    {
      statement: 'seed/merge-frameworks',
      rows: all('frameworks').map(({ record: f }) => ({ id: f.id, props: props({ id: f.id, name: f.name, edition: f.edition }) })),
    },
    {
      statement: 'seed/merge-controls',
      // `position` keeps catalog order (5.1.1 before 10.1.1, CLD.8.1.5 after 8.1.4) for sorting by code.
      rows: all('controls').map(({ record: c }, position) => ({
        id: c.id,
        props: props({
          id: c.id,
          position,
          code: c.code,
          title: c.title,
          titleEn: c.titleEn,
          titleKey: searchTextOf(c.title, c.titleEn),
          clause: c.clause,
          cloudSpecific: c.cloudSpecific,
          searchText: searchTextOf(c.code, c.title, c.titleEn),
        }),
      })),
    },
    {
      statement: 'seed/merge-vendors',
      rows: all('vendors').map(({ record }) => vendorRow(record, derived)),
    },
    {
      statement: 'seed/merge-services',
      rows: all('services').map(({ record }) =>
        serviceRow(record, derived, { disclosureSearchTexts: disclosureSearchTextsOf(record.id), metrics: statedMetricsOf(record.id) }),
      ),
    },
    {
      statement: 'seed/merge-documents',
      rows: all('documents').map(({ record: d }) => ({
        id: d.id,
        // The full text goes with the document, so quotes written later through the API are checked against it.
        props: props({
          id: d.id,
          title: d.title,
          version: d.version,
          publishedOn: d.publishedOn,
          publisher: d.publisher,
          sourceFile: d.sourceFile,
          text: seed.sources.get(d.sourceFile),
        }),
      })),
    },
    // Links after all nodes exist, each its own statement (see cypher/seed/link-*.cypher).
    { statement: 'seed/link-region-providers', rows: all('regions').map(({ record: r }) => link(r.id, r.provider)) },
    { statement: 'seed/link-region-countries', rows: all('regions').flatMap(({ record: r }) => (r.country ? [link(r.id, r.country)] : [])) },
    { statement: 'seed/link-control-frameworks', rows: all('controls').map(({ record: c }) => link(c.id, c.framework)) },
    { statement: 'seed/unlink-previous-vendors', rows: all('services').map(({ record: s }) => link(s.vendor ?? '', s.id)) },
    { statement: 'seed/link-vendor-services', rows: all('services').flatMap(({ record: s }) => (s.vendor ? [link(s.vendor, s.id)] : [])) },
    { statement: 'seed/link-document-publishers', rows: all('documents').map(({ record: d }) => link(d.vendor, d.id)) },
    {
      statement: 'seed/merge-document-revisions',
      rows: all('documents').flatMap(({ record: d }) =>
        d.revisions.map((r) => ({
          id: `${d.id}@${r.version}`,
          from: d.id,
          to: `${d.id}@${r.version}`,
          props: props({ id: `${d.id}@${r.version}`, version: r.version, date: r.date, changes: r.changes }),
        })),
      ),
    },
    { statement: 'seed/merge-uses-infra', rows: all('usesInfra').map(({ data, record }) => usesInfraRow(record, defaultDocumentOf(data))) },
    { statement: 'seed/merge-stores-data-in', rows: all('storesDataIn').map(({ data, record }) => storesDataInRow(record, defaultDocumentOf(data))) },
    { statement: 'seed/merge-depends-on', rows: all('dependsOn').map(({ data, record }) => dependsOnRow(record, defaultDocumentOf(data))) },
    { statement: 'seed/merge-certified-by', rows: all('certifiedBy').map(({ data, record }) => certifiedByRow(record, defaultDocumentOf(data))) },
    {
      statement: 'seed/merge-implements',
      rows: all('disclosures').map(({ file, data, record, index }) =>
        disclosureRow(record, defaultDocumentOf(data), disclosureSearchText.get(record)!, (field, message) =>
          problems.push({ file, record: describeRecord(data, 'disclosures', index), field, message }),
        ),
      ),
    },
    { statement: 'seed/merge-syncs-time-with', rows: all('syncsTimeWith').map(({ data, record }) => syncsTimeWithRow(record, defaultDocumentOf(data))) },
  ];
  if (problems.length > 0) throw new SeedValidationError(problems);
  return steps;
}

/*
 * One row per fact, with its stable id. The seed loader and the curation API
 * (src/queries/curation/) build rows with these same functions, so a fact
 * written either way has the same id and the same properties.
 */

export function usesInfraRow(u: SeedFile['usesInfra'][number], fallbackDocument: string | undefined): EdgeRow {
  const id = `${u.service}|${u.region}`;
  return {
    id,
    from: u.service,
    to: u.region,
    props: props({ id, purpose: u.purpose, basis: u.basis, reasoning: u.reasoning, ...evidenceProps(u.evidence, fallbackDocument) }),
  };
}

export function storesDataInRow(s: SeedFile['storesDataIn'][number], fallbackDocument: string | undefined): EdgeRow {
  const id = `${s.service}|${s.country}`;
  return { id, from: s.service, to: s.country, props: props({ id, basis: s.basis, reasoning: s.reasoning, ...evidenceProps(s.evidence, fallbackDocument) }) };
}

export function dependsOnRow(d: SeedFile['dependsOn'][number], fallbackDocument: string | undefined): EdgeRow {
  const id = `${d.service}|${d.dependsOn}`;
  return {
    id,
    from: d.service,
    to: d.dependsOn,
    props: props({ id, function: d.function, dataShared: d.dataShared, ...evidenceProps(d.evidence, fallbackDocument) }),
  };
}

export function certifiedByRow(c: SeedFile['certifiedBy'][number], fallbackDocument: string | undefined): EdgeRow {
  const id = `${c.vendor}|${c.certification}`;
  return {
    id,
    from: c.vendor,
    to: c.certification,
    props: props({
      id,
      registrationNumber: c.registrationNumber,
      issuer: c.issuer,
      edition: c.edition,
      scope: c.scope,
      validFrom: c.validFrom,
      validUntil: c.validUntil,
      ...evidenceProps(c.evidence, fallbackDocument),
    }),
  };
}

export function syncsTimeWithRow(t: SeedFile['syncsTimeWith'][number], fallbackDocument: string | undefined): EdgeRow {
  const id = `${t.service}|${t.timeSource}`;
  return { id, from: t.service, to: t.timeSource, props: props({ id, ...evidenceProps(t.evidence, fallbackDocument) }) };
}

/** The searchable text of a disclosure: what goes on its edge and into its service's grams. */
export function disclosureSearchTextOf(d: Disclosure): string {
  return searchTextOf(d.summary, d.evidence.quote, d.evidence.section);
}

/** `problem` is told of a metric whose unit cannot express it (the row keeps a 0 in its place). */
export function disclosureRow(
  d: Disclosure,
  fallbackDocument: string | undefined,
  searchText: string,
  problem: (field: string, message: string) => void,
): EdgeRow {
  const id = `${d.service}|${d.control}|${d.evidence.document ?? fallbackDocument}|${d.evidence.section}`;
  const normalized = d.metrics.map((m, i) => {
    const n = normalizeMetric(m.name, m.value, m.unit);
    if (!n) problem(`metrics[${i}].unit`, `"${m.unit}" cannot express ${m.name}`);
    return n;
  });
  return {
    id,
    from: d.service,
    to: d.control,
    props: props({
      id,
      summary: d.summary,
      reviewNote: d.reviewNote,
      ...evidenceProps(d.evidence, fallbackDocument),
      // Most disclosures state no metric: they get no lists rather than eight empty ones (the engine converts and
      // stores every property: the large seed's 697k disclosures load in 42–44 s instead of 51–60 s).
      ...(d.metrics.length > 0
        ? {
            metricNames: d.metrics.map((m) => m.name),
            metricValues: d.metrics.map((m) => m.value),
            metricUnits: d.metrics.map((m) => m.unit),
            metricRaws: d.metrics.map((m) => m.raw),
            // Lists hold no nulls on Neo4j: '' stands for "no subject".
            metricSubjects: d.metrics.map((m) => m.subject ?? ''),
            metricNormalized: normalized.map((n) => n?.normalizedValue ?? 0),
            metricNormalizedUnits: normalized.map((n) => n?.normalizedUnit ?? ''),
            metricApproximate: normalized.map((n) => n?.approximate ?? false),
          }
        : {}),
      searchText,
    }),
  };
}

/** `derived`: what the engine's profile writes with a vendor (its search grams). */
export function vendorRow(v: SeedFile['vendors'][number], derived: DerivedProperties): NodeRow {
  const searchText = searchTextOf(v.name, v.nameEn);
  return {
    id: v.id,
    props: props({ id: v.id, name: v.name, nameEn: v.nameEn, website: v.website, nameKey: searchText, searchText, ...derived.vendor(searchText) }),
  };
}

/** `derived` with `disclosures`: what the engine's profile writes with a service from its own text and its disclosures' (search grams, the metric copy). */
export function serviceRow(s: SeedFile['services'][number], derived: DerivedProperties, disclosures: Omit<ServiceSource, 'searchText'>): NodeRow {
  const searchText = serviceSearchTextOf(s);
  return {
    id: s.id,
    props: props({
      id: s.id,
      name: s.name,
      category: s.category,
      description: s.description,
      vendorId: s.vendor,
      nameKey: searchTextOf(s.name),
      searchText,
      ...derived.service({ searchText, ...disclosures }),
    }),
  };
}

/** A service's own searchable text: what goes on its node and into its grams. */
export function serviceSearchTextOf(s: Pick<SeedFile['services'][number], 'name' | 'category' | 'description'>): string {
  return searchTextOf(s.name, s.category, s.description);
}
