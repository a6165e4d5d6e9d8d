/**
 * Checks that need the whole seed set at once: unique ids, references that
 * resolve, quotes found verbatim in their whitepaper, metric values read from
 * their quote, and every whitepaper section accounted for.
 */
import type { SeedFile } from './seed-schema.js';
import { describeRecord, type SeedSet } from './read-seed.js';
import { SeedValidationError, type SeedProblem } from './seed-error.js';

export type NodeSection =
  'countries' | 'providers' | 'regions' | 'timeSources' | 'certifications' | 'frameworks' | 'controls' | 'vendors' | 'services' | 'documents';
export const nodeSections: readonly NodeSection[] = [
  'countries',
  'providers',
  'regions',
  'timeSources',
  'certifications',
  'frameworks',
  'controls',
  'vendors',
  'services',
  'documents',
];

/** Which field of which section points at which kind of node. */
export const references: ReadonlyArray<[section: keyof SeedFile, field: string, target: NodeSection]> = [
  ['regions', 'provider', 'providers'],
  ['regions', 'country', 'countries'],
  ['controls', 'framework', 'frameworks'],
  ['services', 'vendor', 'vendors'],
  ['documents', 'vendor', 'vendors'],
  ['usesInfra', 'service', 'services'],
  ['usesInfra', 'region', 'regions'],
  ['storesDataIn', 'service', 'services'],
  ['storesDataIn', 'country', 'countries'],
  ['dependsOn', 'service', 'services'],
  ['dependsOn', 'dependsOn', 'services'],
  ['certifiedBy', 'vendor', 'vendors'],
  ['certifiedBy', 'certification', 'certifications'],
  ['disclosures', 'service', 'services'],
  ['disclosures', 'control', 'controls'],
  ['syncsTimeWith', 'service', 'services'],
  ['syncsTimeWith', 'timeSource', 'timeSources'],
  ['sections', 'document', 'documents'],
];

const evidenceSections = ['usesInfra', 'storesDataIn', 'dependsOn', 'certifiedBy', 'disclosures', 'syncsTimeWith'] as const;

export function keyOf(section: NodeSection, record: Record<string, unknown>): string {
  return String(section === 'countries' ? record.code : record.id);
}

/** The document a file's evidence cites when it names none: the file's only document. */
export function defaultDocumentOf(data: SeedFile): string | undefined {
  return data.documents.length === 1 ? data.documents[0]!.id : undefined;
}

/**
 * `known` says whether a node a file refers to but does not define is already
 * in the graph: the curation import checks one document against the graph
 * this way; the seed loader checks the whole set against itself.
 */
export function validateSeed(seed: SeedSet, known: (target: NodeSection, id: string) => boolean = () => false): void {
  const problems: SeedProblem[] = [];
  const owners = new Map<NodeSection, Map<string, string>>(nodeSections.map((s) => [s, new Map()]));

  for (const { file, data } of seed.files) {
    for (const section of nodeSections) {
      (data[section] as Record<string, unknown>[]).forEach((record, i) => {
        const key = keyOf(section, record);
        const owner = owners.get(section)!;
        const first = owner.get(key);
        if (first) {
          problems.push({
            file,
            record: describeRecord(data, section, i),
            field: section === 'countries' ? 'code' : 'id',
            message: `duplicates ${key} already defined in ${first}`,
          });
        } else {
          owner.set(key, file);
        }
      });
    }
  }

  const documents = new Map(seed.files.flatMap(({ data }) => data.documents.map((d) => [d.id, d] as const)));

  for (const { file, data } of seed.files) {
    for (const [section, field, target] of references) {
      (data[section] as Record<string, unknown>[]).forEach((record, i) => {
        const value = record[field];
        if (value === undefined) return;
        if (!owners.get(target)!.has(String(value)) && !known(target, String(value))) {
          problems.push({
            file,
            record: describeRecord(data, section, i),
            field,
            message: `refers to unknown ${target.replace(/ies$/, 'y').replace(/s$/, '')} "${String(value)}"`,
          });
        }
      });
    }

    const fallbackDocument = defaultDocumentOf(data);
    const citedSections = new Map<string, Set<string>>();
    for (const section of evidenceSections) {
      (data[section] as Array<{ evidence: { document?: string; section: string; quote: string }; metrics?: Array<{ raw: string }> }>).forEach((record, i) => {
        const where = describeRecord(data, section, i);
        const documentId = record.evidence.document ?? fallbackDocument;
        if (!documentId) {
          problems.push({ file, record: where, field: 'evidence.document', message: 'is required: the file does not hold exactly one document' });
          return;
        }
        const document = documents.get(documentId);
        if (!document) {
          problems.push({ file, record: where, field: 'evidence.document', message: `refers to unknown document "${documentId}"` });
          return;
        }
        const source = seed.sources.get(document.sourceFile);
        if (source === undefined) {
          problems.push({ file, record: where, field: 'evidence.document', message: `source text seed/sources/${document.sourceFile} is missing` });
          return;
        }
        if (!source.includes(record.evidence.quote)) {
          problems.push({ file, record: where, field: 'evidence.quote', message: `is not found verbatim in ${document.sourceFile}` });
        }
        if (!source.includes(record.evidence.section)) {
          problems.push({
            file,
            record: where,
            field: 'evidence.section',
            message: `heading "${record.evidence.section}" is not found in ${document.sourceFile}`,
          });
        }
        record.metrics?.forEach((metric, m) => {
          if (!record.evidence.quote.includes(metric.raw)) {
            problems.push({ file, record: where, field: `metrics[${m}].raw`, message: `"${metric.raw}" is not part of the quote` });
          }
        });
        const cited = citedSections.get(documentId) ?? new Set<string>();
        cited.add(record.evidence.section);
        citedSections.set(documentId, cited);
      });
    }

    data.sections.forEach((section, i) => {
      const documentId = section.document ?? fallbackDocument;
      const where = describeRecord(data, 'sections', i);
      const document = documentId ? documents.get(documentId) : undefined;
      if (!document) {
        problems.push({ file, record: where, field: 'document', message: 'is required: the file does not hold exactly one document' });
        return;
      }
      const source = seed.sources.get(document.sourceFile);
      if (source !== undefined && !source.includes(section.heading)) {
        problems.push({ file, record: where, field: 'heading', message: `is not found in ${document.sourceFile}` });
      }
      const cited = citedSections.get(document.id)?.has(section.heading) ?? false;
      if (!cited && !section.skippedBecause) {
        problems.push({ file, record: where, field: 'skippedBecause', message: 'is required: no fact cites this section' });
      }
    });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
}
