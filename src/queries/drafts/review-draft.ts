/**
 * Reviewing a draft: accept, reject or edit each proposed fact. An accepted
 * fact is written through the curation path (write-facts.ts: quote checked
 * against the registered text, ends checked, versioned, one change record
 * naming the reviewer), with the document, vendor, services and reference
 * nodes it needs written first the same way. Each review step also records a
 * change on the draft fact (`history(id: "<draft>/<section>/<n>")`), and
 * every step is one transaction holding the draft's lock.
 */
import type { StatementRunner } from '../../db/graph-database.js';
import * as S from '../../seed/seed-schema.js';
import { transformSeed } from '../../seed/transform-seed.js';
import { prepareSteps, runSteps } from '../../seed/load-seed.js';
import { references, type NodeSection } from '../../seed/validate-seed.js';
import { readOneEach } from '../keyed-lookups.js';
import { recordChange, type ChangeRecord } from '../curation/change-log.js';
import { CurationInputError, parseInput } from '../curation/curation-errors.js';
import { lookupOf } from '../curation/import-seed.js';
import { factKinds, readerOf, writeFact, type WriteContext } from '../curation/write-facts.js';
import { registerDocument, upsertService, upsertVendor } from '../curation/write-nodes.js';
import {
  draftFacts,
  factKey,
  factSections,
  parseFactId,
  withoutProposal,
  type DraftFactView,
  type DraftRecord,
  type FactRecord,
  type FactStatus,
} from './draft-model.js';
import { lockDraft, saveDraft } from './draft-store.js';

/** A review step the draft's state does not allow (the fact was already decided): CONFLICT, naming the field. */
export class DraftStateError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DraftStateError';
  }
}

type ReviewContext = WriteContext & { reason?: string | undefined };

/** The draft fact `id`, locked with its draft for this transaction; NOT_FOUND naming `id` when there is none. */
async function lockedFact(tx: StatementRunner, id: string, now: string): Promise<{ draft: DraftRecord; fact: DraftFactView }> {
  const parsed = parseFactId(id);
  if (!parsed) throw new CurationInputError('id', 'is not a draft fact id: `<draft id>/<section>/<index>`, e.g. `draft-1a2b3c4d5e6f/usesInfra/0`');
  const draft = await lockDraft(tx, parsed.draftId, now);
  const fact = draftFacts(draft).find((f) => f.section === parsed.section && f.index === parsed.index);
  if (!fact) throw new CurationInputError('id', `draft "${draft.id}" proposes no fact ${factKey(parsed.section, parsed.index)}`);
  return { draft, fact };
}

function requirePending(fact: DraftFactView): void {
  if (fact.review.status !== 'PENDING')
    throw new DraftStateError(
      'id',
      `draft fact "${fact.id}" is already ${fact.review.status.toLowerCase()} (by ${fact.review.reviewedBy ?? 'unknown'}): only a pending fact can be reviewed`,
    );
}

async function logFactReview(
  tx: StatementRunner,
  draft: DraftRecord,
  fact: DraftFactView,
  ctx: ReviewContext,
  after: Record<string, unknown>,
  before: Record<string, unknown>,
) {
  return recordChange(tx, {
    at: ctx.now,
    actor: ctx.actor,
    operation: 'UPDATE',
    targetId: fact.id,
    targetKind: 'DraftFact',
    version: draft.recordVersion + 1,
    before,
    after,
    reason: ctx.reason,
  });
}

const nodeKinds: Partial<Record<NodeSection, string>> = {
  countries: 'Country',
  providers: 'InfrastructureProvider',
  regions: 'Region',
  timeSources: 'TimeSource',
  certifications: 'Certification',
  frameworks: 'Framework',
  controls: 'Control',
};

/**
 * Writes the node `id` of `section` from the draft's file when the graph
 * does not hold it, its own references first. A node neither holds is left
 * for the fact's write to report, naming the field.
 */
async function ensureNode(tx: StatementRunner, draft: DraftRecord, section: NodeSection, id: string, ctx: ReviewContext, seen: Set<string>): Promise<void> {
  if (seen.has(`${section}:${id}`)) return;
  seen.add(`${section}:${id}`);
  const [found] = await readOneEach(readerOf(tx), lookupOf[section]!, [id]);
  if (found) return;
  const record = (draft.file[section] as Array<Record<string, unknown>>).find((r) => (section === 'countries' ? r.code : r.id) === id);
  if (!record) return;
  for (const [from, field, target] of references) {
    if (from === section && typeof record[field] === 'string') await ensureNode(tx, draft, target, record[field], ctx, seen);
  }
  const write = { ...ctx, reason: `proposed by draft ${draft.id}` };
  if (section === 'vendors') await upsertVendor(tx, withoutProposal(record), write);
  else if (section === 'services') await upsertService(tx, withoutProposal(record), write);
  else if (section === 'documents') {
    const d = record as S.SeedFile['documents'][number];
    const input = { id: d.id, vendor: d.vendor, title: d.title, version: d.version, publishedOn: d.publishedOn, publisher: d.publisher, text: draft.text };
    await registerDocument(tx, input, ctx);
  } else {
    // Reference data (a region, a provider, a scheme): the seed's own statements, as `npm run seed` writes it.
    const data = S.seedFileSchema.parse({ [section]: [record] });
    await runSteps(tx, prepareSteps(transformSeed({ root: '(draft)', files: [{ file: draft.id, data }], sources: new Map() }, ctx.derived)));
    await recordChange(tx, {
      at: ctx.now,
      actor: ctx.actor,
      operation: 'CREATE',
      targetId: id,
      targetKind: nodeKinds[section] ?? section,
      version: 1,
      before: null,
      after: record,
      reason: write.reason,
    });
  }
}

/** The facts' nodes and the fact itself through the curation path; a refusal names the draft fact and its field. */
async function writeAccepted(tx: StatementRunner, draft: DraftRecord, fact: DraftFactView, ctx: ReviewContext, seen: Set<string>): Promise<ChangeRecord> {
  const record = { ...withoutProposal(fact.record), evidence: { ...fact.record.evidence, document: draft.documentId } } as Record<string, unknown>;
  try {
    await ensureNode(tx, draft, 'documents', draft.documentId, ctx, seen);
    for (const [from, field, target] of references) {
      if (from === fact.section && typeof record[field] === 'string') await ensureNode(tx, draft, target, record[field], ctx, seen);
    }
    const reason = `accepted from draft ${draft.id} (${factKey(fact.section, fact.index)})${ctx.reason ? `: ${ctx.reason}` : ''}`;
    return await writeFact(tx, factSections[fact.section], record, { ...ctx, reason });
  } catch (error) {
    if (error instanceof CurationInputError)
      throw new CurationInputError('id', `draft fact "${fact.id}": ${error.field.replace(/^input\./, '')} ${error.problem}`);
    throw error;
  }
}

async function accept(tx: StatementRunner, draft: DraftRecord, facts: DraftFactView[], ctx: ReviewContext): Promise<DraftRecord> {
  const seen = new Set<string>();
  for (const fact of facts) {
    const change = await writeAccepted(tx, draft, fact, ctx, seen);
    const review = {
      ...fact.review,
      status: 'ACCEPTED' as FactStatus,
      reviewedAt: ctx.now,
      reviewedBy: ctx.actor,
      reason: ctx.reason,
      factId: change.targetId,
    };
    draft.review[factKey(fact.section, fact.index)] = review;
    await logFactReview(tx, draft, fact, ctx, { status: 'ACCEPTED', factId: change.targetId }, { status: 'PENDING' });
  }
  return saveDraft(tx, draft, ctx.actor, ctx.now);
}

/** Accepts every fact of the draft still pending; CONFLICT when none is. */
export async function acceptDraft(tx: StatementRunner, draftId: string, ctx: ReviewContext): Promise<DraftRecord> {
  const draft = await lockDraft(tx, draftId, ctx.now);
  const pending = draftFacts(draft).filter((f) => f.review.status === 'PENDING');
  if (pending.length === 0) throw new DraftStateError('id', `draft "${draftId}" has no pending fact left to accept`);
  const saved = await accept(tx, draft, pending, ctx);
  await recordChange(tx, {
    at: ctx.now,
    actor: ctx.actor,
    operation: 'UPDATE',
    targetId: draft.id,
    targetKind: 'Draft',
    version: saved.recordVersion,
    before: { pending: pending.length },
    after: { accepted: pending.map((f) => f.id), factIds: pending.map((f) => saved.review[factKey(f.section, f.index)]!.factId) },
    reason: ctx.reason,
  });
  return saved;
}

export async function acceptDraftFact(tx: StatementRunner, id: string, ctx: ReviewContext): Promise<DraftFactView> {
  const { draft, fact } = await lockedFact(tx, id, ctx.now);
  requirePending(fact);
  return reread(await accept(tx, draft, [fact], ctx), fact);
}

export async function rejectDraftFact(tx: StatementRunner, id: string, ctx: ReviewContext & { reason: string }): Promise<DraftFactView> {
  const { draft, fact } = await lockedFact(tx, id, ctx.now);
  requirePending(fact);
  draft.review[factKey(fact.section, fact.index)] = { ...fact.review, status: 'REJECTED', reviewedAt: ctx.now, reviewedBy: ctx.actor, reason: ctx.reason };
  await logFactReview(tx, draft, fact, ctx, { status: 'REJECTED' }, { status: 'PENDING' });
  return reread(await saveDraft(tx, draft, ctx.actor, ctx.now), fact);
}

/** `changes` over `record`: its fields replace the record's (null removes one); `evidence` is merged field by field. */
function edited(record: FactRecord, changes: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...record, ...changes };
  if (changes.evidence && typeof changes.evidence === 'object') merged.evidence = { ...record.evidence, ...(changes.evidence as object) };
  for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
  if (merged.evidence && typeof merged.evidence === 'object')
    merged.evidence = Object.fromEntries(Object.entries(merged.evidence).filter(([, value]) => value !== null));
  return merged;
}

/**
 * Changes a pending fact's fields (value, quote, section, ids, ...), checked
 * as a seed record of its kind; its quote must still be a verbatim
 * substring of the draft's document text, naming `changes.evidence.quote`.
 */
export async function editDraftFact(tx: StatementRunner, id: string, changes: Record<string, unknown>, ctx: ReviewContext): Promise<DraftFactView> {
  const { draft, fact } = await lockedFact(tx, id, ctx.now);
  requirePending(fact);
  const record = parseInput(factKinds[factSections[fact.section]].schema, edited(fact.record, changes), 'changes') as FactRecord;
  const evidence = record.evidence;
  if (evidence.document !== undefined && evidence.document !== draft.documentId)
    throw new CurationInputError('changes.evidence.document', `must be the draft's document "${draft.documentId}" (or left out)`);
  if (!draft.text.includes(evidence.quote))
    throw new CurationInputError(
      'changes.evidence.quote',
      `is not a verbatim substring of the text of draft "${draft.id}": copy the words exactly as the document prints them`,
    );
  if (!draft.text.includes(evidence.section))
    throw new CurationInputError('changes.evidence.section', `heading "${evidence.section}" is not found in the text of draft "${draft.id}"`);
  (record as { metrics?: Array<{ raw: string }> }).metrics?.forEach((m, i) => {
    if (!evidence.quote.includes(m.raw)) throw new CurationInputError(`changes.metrics[${i}].raw`, `"${m.raw}" is not part of the quote`);
  });
  (draft.file[fact.section] as FactRecord[])[fact.index] = record;
  draft.review[factKey(fact.section, fact.index)] = { ...fact.review, editedAt: ctx.now, editedBy: ctx.actor };
  await logFactReview(tx, draft, fact, ctx, record, fact.record);
  return reread(await saveDraft(tx, draft, ctx.actor, ctx.now), fact);
}

function reread(draft: DraftRecord, fact: DraftFactView): DraftFactView {
  return draftFacts(draft).find((f) => f.id === fact.id)!;
}
