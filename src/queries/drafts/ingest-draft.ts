/**
 * The `ingestDocument` mutation's work: the document's text through the
 * ingestion pipeline (src/ingest, the same code `npm run ingest` runs), and
 * the draft it proposes stored for review. Nothing of it reaches the graph's
 * answers until a reviewer accepts it (review-draft.ts).
 */
import { randomUUID } from 'node:crypto';
import type { StatementRunner } from '../../db/graph-database.js';
import { ingestText } from '../../ingest/assemble-draft.js';
import { readDocumentBytes, type DocumentFormat } from '../../ingest/read-document.js';
import { idSchema, type SeedFile } from '../../seed/seed-schema.js';
import { statement, type GraphReader } from '../statement.js';
import { byId } from '../nodes.js';
import { readOneEach } from '../keyed-lookups.js';
import { recordChange, type ChangeRecord } from '../curation/change-log.js';
import { CurationInputError } from '../curation/curation-errors.js';
import type { WriteContext } from '../curation/write-facts.js';
import { draftFacts, factSections, statusOf, type DraftRecord, type FactRecord, type FactSection } from './draft-model.js';
import { createDraft, draftsOfDocument } from './draft-store.js';

const documentState = statement<{ id: string }>('write/document-state');

export interface IngestInput {
  /** The document's bytes: an upload, or pasted text encoded as UTF-8. */
  bytes: Uint8Array;
  format: DocumentFormat;
  /** Names the document: placeholder ids derive from it. */
  fileName: string;
  vendor?: string | undefined;
  service?: string | undefined;
  /** The input field the document came in, for errors: `input.text` or `input.upload`. */
  field: string;
}

export interface Proposal {
  text: string;
  file: SeedFile;
  input: IngestInput;
}

/** The vendor of a service the graph holds: a new document about it is that vendor's, not a placeholder's. */
export async function vendorOfKnownService(db: GraphReader, serviceId: string | undefined): Promise<string | undefined> {
  if (serviceId === undefined) return undefined;
  const [service] = await readOneEach(db, byId.services, [serviceId]);
  return service?.vendorId ?? undefined;
}

/** Reads the document and proposes its facts; no database. Refuses a document with no text, naming the field. */
export async function proposeDraft(input: IngestInput): Promise<Proposal> {
  for (const key of ['vendor', 'service'] as const) {
    const value = input[key];
    if (value !== undefined && !idSchema.safeParse(value).success)
      throw new CurationInputError(`input.${key}`, 'must be letters, digits and : . _ - (no spaces)');
  }
  let text: string;
  try {
    text = await readDocumentBytes(input.bytes, input.format);
  } catch (error) {
    throw new CurationInputError(input.field, `could not be read as ${input.format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!text.trim())
    throw new CurationInputError(input.field, `holds no text${input.format === 'pdf' ? ' (a PDF without a text layer, e.g. a scan, cannot be read)' : ''}`);
  const file = ingestText(text, { fileName: input.fileName, vendor: input.vendor, service: input.service });
  return { text, file, input };
}

/**
 * The document id the draft proposes, unless a registered document with
 * other text or another draft holds it: then `<id>-2`, `-3`, ... A document
 * registered with the same text keeps its id, so re-ingesting a whitepaper
 * reviews it against the one already loaded.
 */
async function freeDocumentId(tx: StatementRunner, wanted: string, text: string): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? wanted : `${wanted}-${n}`;
    const registered = (await tx.run(documentState, { id }))[0]?.props as Record<string, unknown> | undefined;
    if (registered && registered.text !== text) continue;
    if ((await draftsOfDocument(tx, id)).length > 0) continue;
    return id;
  }
}

/** Inside `tx`: stores the proposal as a PENDING draft, with a change record naming who ingested it. */
export async function storeDraft(tx: StatementRunner, proposal: Proposal, ctx: WriteContext): Promise<{ draft: DraftRecord; change: ChangeRecord }> {
  const file = structuredClone(proposal.file);
  const document = file.documents[0]!;
  const proposedId = document.id;
  document.id = await freeDocumentId(tx, proposedId, proposal.text);
  for (const record of [
    ...Object.keys(factSections)
      .flatMap((s) => file[s as FactSection] as FactRecord[])
      .map((r) => r.evidence),
    ...file.sections,
  ]) {
    if (record.document === proposedId) record.document = document.id;
  }
  const draft: DraftRecord = {
    id: `draft-${randomUUID().replace(/-/g, '').slice(0, 12)}`,
    status: 'PENDING',
    documentId: document.id,
    fileName: proposal.input.fileName,
    format: proposal.input.format,
    createdAt: ctx.now,
    createdBy: ctx.actor,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    recordVersion: 1,
    text: proposal.text,
    file,
    review: {},
  };
  draft.status = statusOf(draft);
  await createDraft(tx, draft);
  const change = await recordChange(tx, {
    at: ctx.now,
    actor: ctx.actor,
    operation: 'CREATE',
    targetId: draft.id,
    targetKind: 'Draft',
    version: 1,
    before: null,
    after: { documentId: draft.documentId, fileName: draft.fileName, format: draft.format, facts: draftFacts(draft).length },
    reason: `ingested ${draft.fileName}`,
  });
  return { draft, change };
}
