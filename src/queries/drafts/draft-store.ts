/**
 * Drafts in the graph: one :Draft node each, holding the proposed seed file
 * and the review state as JSON text. It is linked to nothing and no read of
 * vendors, services or facts matches its label, so a proposed fact is in no
 * answer until an acceptance writes it through the curation path.
 */
import { z } from 'zod';
import type { Params, StatementRunner } from '../../db/graph-database.js';
import { readRows, readSingleRow, statement, type GraphReader } from '../statement.js';
import { UnknownTargetError } from '../curation/curation-errors.js';
import { draftRecord, statusOf, type DraftRecord, type DraftStatus } from './draft-model.js';

const createDraftStatement = statement<{ props: Record<string, unknown> }>('write/drafts/create-draft');
const lockDraftStatement = statement<{ id: string; now: string }>('write/drafts/lock-draft');
const updateDraftStatement = statement<{ id: string; props: Record<string, unknown> }>('write/drafts/update-draft');
const draftByIdStatement = statement<{ id: string }>('read/drafts/draft-by-id');
const draftsPageStatement = statement<{ status: DraftStatus | null; offset: number; limit: number }>('read/drafts/drafts-page');
const draftsOfDocumentStatement = statement<{ documentId: string }>('read/drafts/drafts-of-document');

/** What a write stores: the decoded record with its JSON fields as objects. */
function stored(draft: DraftRecord): Record<string, unknown> {
  return { ...draft, file: JSON.stringify(draft.file), review: JSON.stringify(draft.review) };
}

export async function createDraft(tx: StatementRunner, draft: DraftRecord): Promise<void> {
  await tx.run(createDraftStatement, { props: stored(draft) } as Params);
}

/** Inside a write: the draft, locked for this transaction; NOT_FOUND (naming `field`) when there is none. */
export async function lockDraft(tx: StatementRunner, id: string, now: string, field = 'id'): Promise<DraftRecord> {
  const row = (await tx.run(lockDraftStatement, { id, now }))[0];
  if (!row) throw new UnknownTargetError(field, 'draft', id);
  return draftRecord.parse(row.props);
}

/** Stores the draft's new review state, its status and version, as `actor` at `now`. */
export async function saveDraft(tx: StatementRunner, draft: DraftRecord, actor: string, now: string): Promise<DraftRecord> {
  const next = { ...draft, status: statusOf(draft), updatedAt: now, updatedBy: actor, recordVersion: draft.recordVersion + 1 };
  await tx.run(updateDraftStatement, { id: draft.id, props: stored(next) } as Params);
  return next;
}

export async function readDraft(db: GraphReader, id: string): Promise<DraftRecord | null> {
  const rows = await readRows(db, draftByIdStatement, { id }, z.object({ props: draftRecord }));
  return rows[0]?.props ?? null;
}

export async function draftsPage(db: GraphReader, status: DraftStatus | null, offset: number, limit: number) {
  return readSingleRow(db, draftsPageStatement, { status, offset, limit }, z.object({ totalCount: z.number(), drafts: z.array(draftRecord) }));
}

export async function draftsOfDocument(tx: StatementRunner, documentId: string): Promise<string[]> {
  return (await tx.run(draftsOfDocumentStatement, { documentId })).map((r) => String(r.id));
}
