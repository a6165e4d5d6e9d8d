/**
 * What a draft is: the seed file ingestion proposed for one document (the
 * format of seed/documents/*.json), the document's text, and the review
 * state of each proposed fact. Facts are addressed as `<draft id>/<seed
 * section>/<index>`, e.g. `draft-1a2b3c4d5e6f/usesInfra/0`.
 *
 * Nothing here reads or writes the graph: draft-store.ts does.
 */
import { z } from 'zod';
import { seedFileSchema, type SeedFile } from '../../seed/seed-schema.js';
import { factKinds, type FactKindName } from '../curation/write-facts.js';

/** The seed sections that hold facts, with the curation kind that writes each. */
export const factSections = {
  usesInfra: 'usesInfra',
  storesDataIn: 'storesDataIn',
  dependsOn: 'dependsOn',
  certifiedBy: 'certifiedBy',
  disclosures: 'disclosure',
  syncsTimeWith: 'syncsTimeWith',
} as const satisfies Record<string, FactKindName>;
export type FactSection = keyof typeof factSections;
const sectionNames = Object.keys(factSections) as FactSection[];

export const factStatuses = ['PENDING', 'ACCEPTED', 'REJECTED'] as const;
export type FactStatus = (typeof factStatuses)[number];
/** PENDING while any fact waits for a decision; REVIEWED when every fact is accepted or rejected. */
export const draftStatuses = ['PENDING', 'REVIEWED'] as const;
export type DraftStatus = (typeof draftStatuses)[number];

export const factReview = z.object({
  status: z.enum(factStatuses),
  reviewedAt: z.string().optional(),
  reviewedBy: z.string().optional(),
  reason: z.string().optional(),
  /** The id of the live fact an acceptance wrote. */
  factId: z.string().optional(),
  editedAt: z.string().optional(),
  editedBy: z.string().optional(),
});
export type FactReview = z.infer<typeof factReview>;

const json = <S extends z.ZodType>(schema: S) => z.string().transform((text) => schema.parse(JSON.parse(text)) as z.infer<S>);

/** A :Draft node's properties, decoded. */
export const draftRecord = z.object({
  id: z.string(),
  status: z.enum(draftStatuses),
  documentId: z.string(),
  fileName: z.string(),
  format: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  recordVersion: z.number(),
  text: z.string(),
  file: json(seedFileSchema),
  /** Review state by fact key (`usesInfra/0`). */
  review: json(z.record(z.string(), factReview)),
});
export type DraftRecord = z.infer<typeof draftRecord>;

export type FactRecord = SeedFile[FactSection][number];

/** One proposed fact as the API shows it. */
export interface DraftFactView {
  id: string;
  draftId: string;
  section: FactSection;
  index: number;
  /** As `Fact.kind` names it: `InfrastructureUsage`, `Disclosure`, ... */
  kind: string;
  record: FactRecord;
  review: FactReview;
}

export const factKey = (section: FactSection, index: number) => `${section}/${index}`;

/** `draft-x/usesInfra/3` → its draft, section and index; null when it is not a draft fact id. */
export function parseFactId(id: string): { draftId: string; section: FactSection; index: number } | null {
  const match = /^([^/]+)\/(\w+)\/(\d+)$/.exec(id);
  if (!match || !sectionNames.includes(match[2] as FactSection)) return null;
  return { draftId: match[1]!, section: match[2] as FactSection, index: Number(match[3]) };
}

export function draftFacts(draft: Pick<DraftRecord, 'id' | 'file' | 'review'>): DraftFactView[] {
  return sectionNames.flatMap((section) =>
    (draft.file[section] as FactRecord[]).map((record, index) => ({
      id: `${draft.id}/${factKey(section, index)}`,
      draftId: draft.id,
      section,
      index,
      kind: factKinds[factSections[section]].name,
      record,
      review: draft.review[factKey(section, index)] ?? { status: 'PENDING' as const },
    })),
  );
}

export function statusOf(draft: Pick<DraftRecord, 'id' | 'file' | 'review'>): DraftStatus {
  return draftFacts(draft).some((f) => f.review.status === 'PENDING') ? 'PENDING' : 'REVIEWED';
}

/** The review's fields ingestion adds to a record: a reviewer reads them in the draft; the graph does not keep them. */
export function withoutProposal<T extends object>(record: T): Omit<T, 'confidence' | 'rule' | 'reviewNote'> {
  const { confidence: _c, rule: _r, reviewNote: _n, ...rest } = record as T & { confidence?: unknown; rule?: unknown; reviewNote?: unknown };
  return rest;
}

/**
 * The draft as a seed file that `importDocument` loads with `text`: every
 * fact not rejected (with its edits), and each section no remaining fact
 * cites saying why, as the seed validator requires.
 */
export function exportedFile(draft: Pick<DraftRecord, 'id' | 'file' | 'review'>): SeedFile {
  const file = structuredClone(draft.file);
  const rejected = new Set(draftFacts(draft).filter((f) => f.review.status === 'REJECTED'));
  const reasons = new Map<string, string>();
  for (const fact of rejected) reasons.set(fact.record.evidence.section, fact.review.reason ?? 'rejected in review');
  for (const section of sectionNames) {
    (file[section] as FactRecord[]) = (file[section] as FactRecord[]).filter((_, i) => draft.review[factKey(section, i)]?.status !== 'REJECTED');
  }
  const cited = new Set(sectionNames.flatMap((section) => (file[section] as FactRecord[]).map((r) => r.evidence.section)));
  for (const section of file.sections) {
    if (cited.has(section.heading) || section.skippedBecause) continue;
    section.skippedBecause = `Its proposed facts were rejected in review: ${reasons.get(section.heading) ?? 'rejected in review'}`;
  }
  file.$comment = `Exported from draft ${draft.id}: rejected facts are left out. Edit, then load with importDocument(file, text).`;
  return file;
}
