/**
 * The change log: every write records one `:Change` node in the same
 * transaction as the write itself, so the log and the graph never disagree.
 * `before` and `after` are the properties of the node or fact as JSON text.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { StatementRunner } from '../../db/graph-database.js';
import { readRows, readSingleRow, statement, type GraphReader } from '../statement.js';
import type { Params } from '../../db/graph-database.js';

export const operations = ['CREATE', 'UPDATE', 'RETRACT'] as const;
export type Operation = (typeof operations)[number];

export const changeRecord = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  operation: z.enum(operations),
  targetId: z.string(),
  targetKind: z.string(),
  version: z.number(),
  before: z
    .string()
    .nullish()
    .transform((v) => (v ? (JSON.parse(v) as Record<string, unknown>) : null)),
  after: z
    .string()
    .nullish()
    .transform((v) => (v ? (JSON.parse(v) as Record<string, unknown>) : null)),
  reason: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});
export type ChangeRecord = z.infer<typeof changeRecord>;

const recordChangeStatement = statement<{ change: Record<string, unknown> }>('write/record-change');
const historyStatement = statement<{ targetId: string }>('read/changes/history');
const feedStatement = statement<{ since: string | null; offset: number; limit: number }>('read/changes/feed-page');

export interface ChangeInput {
  at: string;
  actor: string;
  operation: Operation;
  targetId: string;
  targetKind: string;
  version: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason?: string | undefined;
}

/** Records `change` inside the write's transaction and returns it as the API shows it. */
export async function recordChange(tx: StatementRunner, change: ChangeInput): Promise<ChangeRecord> {
  const stored = {
    id: randomUUID(),
    at: change.at,
    actor: change.actor,
    operation: change.operation,
    targetId: change.targetId,
    targetKind: change.targetKind,
    version: change.version,
    before: change.before ? JSON.stringify(change.before) : null,
    after: change.after ? JSON.stringify(change.after) : null,
    reason: change.reason ?? null,
  };
  // Neo4j stores no null property; leave the absent ones out on both engines.
  const props = Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== null));
  await tx.run(recordChangeStatement, { change: props } as Params);
  return changeRecord.parse(stored);
}

export async function historyOf(db: GraphReader, targetId: string): Promise<ChangeRecord[]> {
  const rows = await readRows(db, historyStatement, { targetId }, z.object({ change: changeRecord }));
  return rows.map((r) => r.change);
}

export async function changesPage(
  db: GraphReader,
  since: string | null,
  offset: number,
  limit: number,
): Promise<{ totalCount: number; changes: ChangeRecord[] }> {
  return readSingleRow(db, feedStatement, { since, offset, limit }, z.object({ totalCount: z.number(), changes: z.array(changeRecord) }));
}
