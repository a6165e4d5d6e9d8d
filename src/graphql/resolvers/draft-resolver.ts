/**
 * Ingestion and review over the API (editor role): `ingestDocument` turns a
 * document into a draft held for review; accept, reject and edit decide each
 * proposed fact; an accepted fact is written through the curation path with
 * a change naming the reviewer. Drafts themselves are read by editors only:
 * what they propose is not yet a fact.
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { StatementRunner } from '../../db/graph-database.js';
import type { WriteContext } from '../../queries/curation/write-facts.js';
import { CurationInputError } from '../../queries/curation/curation-errors.js';
import { binaryFormats, formatOf, UnreadableFormatError } from '../../ingest/read-document.js';
import { draftFacts, exportedFile, type DraftFactView, type DraftRecord } from '../../queries/drafts/draft-model.js';
import { draftsPage, readDraft } from '../../queries/drafts/draft-store.js';
import { proposeDraft, storeDraft, vendorOfKnownService, type IngestInput } from '../../queries/drafts/ingest-draft.js';
import { acceptDraft, acceptDraftFact, DraftStateError, editDraftFact, rejectDraftFact } from '../../queries/drafts/review-draft.js';
import type { GraphContext } from '../context.js';
import { conflict, invalidArgument, refusedInput } from '../errors.js';
import { pageFrom, toConnection } from '../pagination.js';
import { DocumentFormat, Draft, DraftConnection, DraftFact, DraftFactStatus, DraftStatus } from '../types/drafts.js';
import { IngestDocumentInput } from '../inputs/draft-inputs.js';
import { inTransaction } from './curation-resolver.js';

const reasonDescription = 'Why: recorded in the history.';
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

function draftView(stored: DraftRecord): Draft {
  const facts = draftFacts(stored);
  const count = (status: string) => facts.filter((f) => f.review.status === status).length;
  return {
    stored,
    id: stored.id,
    status: stored.status as DraftStatus,
    documentId: stored.documentId,
    fileName: stored.fileName,
    format: stored.format as DocumentFormat,
    createdAt: stored.createdAt,
    createdBy: stored.createdBy,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
    version: stored.recordVersion,
    pendingCount: count('PENDING'),
    acceptedCount: count('ACCEPTED'),
    rejectedCount: count('REJECTED'),
    text: stored.text,
  };
}

function factView(fact: DraftFactView): DraftFact {
  const { record, review } = fact;
  return {
    id: fact.id,
    kind: fact.kind,
    status: review.status as DraftFactStatus,
    record: record as unknown as Record<string, unknown>,
    evidence: { section: record.evidence.section, quote: record.evidence.quote },
    confidence: record.confidence,
    rule: record.rule,
    reviewNote: record.reviewNote,
    factId: review.factId,
    reviewedBy: review.reviewedBy,
    reviewedAt: review.reviewedAt,
    reason: review.reason,
    editedBy: review.editedBy,
    editedAt: review.editedAt,
  };
}

/** A review step in one transaction as the caller; a fact already decided is a CONFLICT naming the field. */
async function reviewing<T>(ctx: GraphContext, work: (tx: StatementRunner, write: WriteContext) => Promise<T>): Promise<T> {
  try {
    return await inTransaction(ctx, work);
  } catch (error) {
    if (error instanceof DraftStateError) throw conflict(error.field, error.message);
    throw error;
  }
}

/** The format an upload's extension names; an .xls or .doc file is refused naming the field, with what to save it as. */
function formatOfUpload(fileName: string): DocumentFormat {
  try {
    return formatOf(fileName) as DocumentFormat;
  } catch (error) {
    if (error instanceof UnreadableFormatError) throw invalidArgument('input.upload.fileName', error.message);
    throw error;
  }
}

/** The document of `input` as bytes, its format and name; refuses a wrong combination, naming the field. */
function documentOf(input: IngestDocumentInput): IngestInput {
  const { text, upload } = input;
  if ((text == null) === (upload == null)) throw invalidArgument('input', 'give exactly one of `text` and `upload`');
  const ids = { vendor: input.vendor ?? undefined, service: input.service ?? undefined };
  if (upload) {
    const content = upload.contentBase64.replace(/\s+/g, '');
    if (!base64.test(content) || content.length % 4 !== 0)
      throw invalidArgument('input.upload.contentBase64', 'is not base64 (A-Z a-z 0-9 + / with = padding)');
    if (!upload.fileName.trim()) throw invalidArgument('input.upload.fileName', 'must not be empty');
    const format = input.format ?? formatOfUpload(upload.fileName);
    return { bytes: new Uint8Array(Buffer.from(content, 'base64')), format, fileName: upload.fileName, field: 'input.upload', ...ids };
  }
  if (input.format && binaryFormats.has(input.format))
    throw invalidArgument('input.format', `${input.format.toUpperCase()} is binary: send it as \`upload\` (base64), not as \`text\``);
  const fileName = input.fileName ?? `${ids.service ?? ids.vendor ?? 'pasted-document'}.txt`;
  return { bytes: new TextEncoder().encode(text!), format: input.format ?? DocumentFormat.TEXT, fileName, field: 'input.text', ...ids };
}

@Resolver(() => Draft)
export class DraftResolver {
  @Authorized('editor')
  @Mutation(() => Draft, {
    description:
      'Reads a document (text, Markdown, HTML, PDF, an Excel workbook, CSV or a Word document) with the ingestion rules of `npm run ingest` and holds what it proposes as a draft for review (editor). Nothing of it is in any answer until accepted.',
  })
  async ingestDocument(
    @Arg('input', () => IngestDocumentInput, { description: 'The document and the ids to use.' }) input: IngestDocumentInput,
    @Ctx() ctx: GraphContext,
  ) {
    const document = documentOf(input);
    document.vendor ??= await vendorOfKnownService(ctx.db, document.service);
    let proposal;
    try {
      proposal = await proposeDraft(document);
    } catch (error) {
      if (error instanceof CurationInputError) throw refusedInput(error.field, error.problem);
      throw error;
    }
    const { draft } = await inTransaction(ctx, (tx, write) => storeDraft(tx, proposal, write));
    return draftView(draft);
  }

  @Authorized('editor')
  @Mutation(() => Draft, {
    description:
      'Accepts every fact of the draft still pending (editor): each is written through the curation path (quote checked, versioned, a change naming you), with the document, vendor, services and regions it needs. All or nothing.',
  })
  async acceptDraft(
    @Arg('id', () => ID, { description: 'The draft id.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return draftView(await reviewing(ctx, (tx, write) => acceptDraft(tx, id, { ...write, reason: reason ?? undefined })));
  }

  @Authorized('editor')
  @Mutation(() => DraftFact, { description: 'Accepts one pending fact of a draft (editor): written through the curation path, with a change naming you.' })
  async acceptDraftFact(
    @Arg('id', () => ID, { description: 'The draft fact id, e.g. `draft-1a2b3c4d5e6f/usesInfra/0`.' }) id: string,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return factView(await reviewing(ctx, (tx, write) => acceptDraftFact(tx, id, { ...write, reason: reason ?? undefined })));
  }

  @Authorized('editor')
  @Mutation(() => DraftFact, { description: 'Rejects one pending fact of a draft (editor): it is never written; the reason stays with the draft.' })
  async rejectDraftFact(
    @Arg('id', () => ID, { description: 'The draft fact id.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is rejected.' }) reason: string,
    @Ctx() ctx: GraphContext,
  ) {
    if (!reason.trim()) throw invalidArgument('reason', 'must not be empty');
    return factView(await reviewing(ctx, (tx, write) => rejectDraftFact(tx, id, { ...write, reason })));
  }

  @Authorized('editor')
  @Mutation(() => DraftFact, {
    description:
      'Changes fields of one pending fact (editor): value, metrics, quote, section, ids. The result must be a valid seed record of its kind, and its quote a verbatim substring of the draft text; a refusal names the field under `changes`.',
  })
  async editDraftFact(
    @Arg('id', () => ID, { description: 'The draft fact id.' }) id: string,
    @Arg('changes', () => GraphQLJSONObject, {
      description: 'Fields of `DraftFact.record` to replace (null removes one); `evidence` is merged field by field, e.g. `{"evidence": {"quote": "..."}}`.',
    })
    changes: Record<string, unknown>,
    @Arg('reason', () => String, { nullable: true, description: reasonDescription }) reason: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    return factView(await reviewing(ctx, (tx, write) => editDraftFact(tx, id, changes, { ...write, reason: reason ?? undefined })));
  }

  @Authorized('editor')
  @Query(() => Draft, { nullable: true, description: 'A draft by id, with its proposed facts and their review (editor); null if there is none.' })
  async draft(@Arg('id', () => ID, { description: 'The draft id.' }) id: string, @Ctx() ctx: GraphContext) {
    const stored = await readDraft(ctx.db, id);
    return stored ? draftView(stored) : null;
  }

  @Authorized('editor')
  @Query(() => DraftConnection, { description: 'Drafts, newest first, paginated (editor).' })
  async drafts(
    @Arg('status', () => DraftStatus, { nullable: true, description: 'Only drafts with this status.' }) status: DraftStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after: string | null,
    @Ctx() ctx: GraphContext,
  ) {
    const page = pageFrom(first, after, ctx.limits.maxPageSize);
    const { totalCount, drafts } = await draftsPage(ctx.db, status ?? null, page.offset, page.limit);
    return toConnection(drafts.map(draftView), totalCount, page);
  }

  @FieldResolver(() => [DraftFact], { description: 'The proposed facts, in draft order, optionally of one status.' })
  facts(
    @Root() draft: Draft,
    @Arg('status', () => DraftFactStatus, { nullable: true, description: 'Only facts with this status.' }) status: DraftFactStatus | null,
  ) {
    return draftFacts(draft.stored)
      .filter((f) => !status || f.review.status === status)
      .map(factView);
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'The draft as a seed file (the format of `seed/documents/*.json`): facts not rejected, with edits. Edit it as a file and load it with `importDocument(file, text)`, or `npm run seed` with `text` as its source.',
  })
  file(@Root() draft: Draft) {
    return exportedFile(draft.stored);
  }
}
