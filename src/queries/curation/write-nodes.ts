/**
 * Writing the nodes a curator owns: documents (with their full text, which
 * every quote is checked against), vendors and services. Validated with the
 * seed's schemas, written by the seed's statements, versioned and logged.
 */
import { z } from 'zod';
import type { StatementRunner } from '../../db/graph-database.js';
import { statement, type Statement } from '../statement.js';
import * as S from '../../seed/seed-schema.js';
import * as T from '../../seed/transform-seed.js';
import { recordChange, type ChangeRecord } from './change-log.js';
import { CurationInputError, parseInput } from './curation-errors.js';
import { checkVersion, refreshServiceDerived, versionOf, type WriteContext } from './write-facts.js';

type Props = Record<string, unknown>;
const stateOf = (name: string) => statement<{ id: string }>(name);
const vendorState = stateOf('write/vendor-state');
const serviceState = stateOf('write/service-state');
const documentState = stateOf('write/document-state');
const mergeVendors = statement<{ rows: T.NodeRow[] }>('seed/merge-vendors');
const mergeServices = statement<{ rows: T.NodeRow[] }>('seed/merge-services');
const mergeDocuments = statement<{ rows: T.NodeRow[] }>('seed/merge-documents');
const unlinkPreviousVendors = statement<{ rows: T.LinkRow[] }>('seed/unlink-previous-vendors');
const linkVendorServices = statement<{ rows: T.LinkRow[] }>('seed/link-vendor-services');
const linkDocumentPublishers = statement<{ rows: T.LinkRow[] }>('seed/link-document-publishers');
const linkPreviousVersion = statement<{ id: string; previousId: string }>('write/link-previous-version');

async function propsOf(tx: StatementRunner, s: Statement<{ id: string }>, id: string): Promise<Props | null> {
  const rows = await tx.run(s, { id });
  return rows[0] ? (rows[0].props as Props) : null;
}

/** What a registered document is: the seed's document record, with its text instead of a source file. */
export const registeredDocumentSchema = S.documentSchema.omit({ sourceFile: true, revisions: true }).extend({
  text: z.string().min(1, 'must not be empty'),
  previousVersion: S.idSchema.optional(),
});

export function stamped(props: Props, before: Props | null, ctx: WriteContext, version: number): Props {
  return {
    ...props,
    createdAt: before?.createdAt ?? ctx.now,
    createdBy: before?.createdBy ?? ctx.actor,
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    recordVersion: version,
  };
}

async function logNodeWrite(tx: StatementRunner, ctx: WriteContext, kind: string, id: string, before: Props | null, after: Props, reason?: string) {
  return recordChange(tx, {
    at: ctx.now,
    actor: ctx.actor,
    operation: before ? 'UPDATE' : 'CREATE',
    targetId: id,
    targetKind: kind,
    version: after.recordVersion as number,
    // Search grams and derived copies are noise in a history.
    before: before ? forHistory(before) : null,
    after: forHistory(after),
    reason,
  });
}

const derivedKeys = /^(nameKey|searchText|searchGrams|disclosureSearchGrams|disclosedMetric\w*|\w+(Min|Max)|text)$/;
function forHistory(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !derivedKeys.test(k)));
}

/**
 * Registers a document with its full text. A document is immutable once
 * registered (evidence points at its text): registering the same id again
 * with different content is refused; a new version is a new id with
 * `previousVersion`.
 */
export async function registerDocument(tx: StatementRunner, input: unknown, ctx: WriteContext): Promise<ChangeRecord | null> {
  const d = parseInput(registeredDocumentSchema, input, 'input');
  if (!(await propsOf(tx, vendorState, d.vendor))) throw new CurationInputError('input.vendor', `unknown vendor "${d.vendor}"`);
  if (d.previousVersion && !(await propsOf(tx, documentState, d.previousVersion)))
    throw new CurationInputError('input.previousVersion', `unknown document "${d.previousVersion}"`);
  const props = T.props({ id: d.id, title: d.title, version: d.version, publishedOn: d.publishedOn, publisher: d.publisher, text: d.text });
  const before = await propsOf(tx, documentState, d.id);
  if (before) {
    const same = Object.entries(props).every(([k, v]) => before[k] === v);
    if (!same)
      throw new CurationInputError(
        'input.id',
        `document "${d.id}" is already registered with other content; register the new version under a new id with previousVersion: "${d.id}"`,
      );
    return null;
  }
  const after = stamped(props, null, ctx, 1);
  await tx.run(mergeDocuments, { rows: [{ id: d.id, props: after as T.NodeRow['props'] }] });
  await tx.run(linkDocumentPublishers, { rows: [{ from: d.vendor, to: d.id }] });
  if (d.previousVersion) await tx.run(linkPreviousVersion, { id: d.id, previousId: d.previousVersion });
  return logNodeWrite(tx, ctx, 'Document', d.id, null, { ...after, vendor: d.vendor, previousVersion: d.previousVersion });
}

export async function upsertVendor(
  tx: StatementRunner,
  input: unknown,
  ctx: WriteContext & { expectedVersion?: number | null; reason?: string },
): Promise<ChangeRecord> {
  const v = parseInput(S.vendorSchema, input, 'input');
  const before = await propsOf(tx, vendorState, v.id);
  checkVersion('expectedVersion', ctx.expectedVersion, versionOf(before));
  const after = stamped(T.vendorRow(v, ctx.derived).props, before, ctx, versionOf(before) + 1);
  await tx.run(mergeVendors, { rows: [{ id: v.id, props: after as T.NodeRow['props'] }] });
  return logNodeWrite(tx, ctx, 'Vendor', v.id, before, after, ctx.reason);
}

export async function upsertService(
  tx: StatementRunner,
  input: unknown,
  ctx: WriteContext & { expectedVersion?: number | null; reason?: string },
): Promise<ChangeRecord> {
  const s = parseInput(S.serviceSchema, input, 'input');
  if (s.vendor && !(await propsOf(tx, vendorState, s.vendor))) throw new CurationInputError('input.vendor', `unknown vendor "${s.vendor}"`);
  const before = await propsOf(tx, serviceState, s.id);
  checkVersion('expectedVersion', ctx.expectedVersion, versionOf(before));
  const after = stamped(T.serviceRow(s, ctx.derived, { disclosureSearchTexts: [], metrics: [] }).props, before, ctx, versionOf(before) + 1);
  await tx.run(mergeServices, { rows: [{ id: s.id, props: after as T.NodeRow['props'] }] });
  // One vendor per service: a changed (or dropped) vendor's link goes before the new one is made.
  await tx.run(unlinkPreviousVendors, { rows: [{ from: s.vendor ?? '', to: s.id }] });
  if (s.vendor) await tx.run(linkVendorServices, { rows: [{ from: s.vendor, to: s.id }] });
  // `SET n = props` replaced the derived copy of its disclosures: write it back.
  await refreshServiceDerived(tx, s.id, ctx.derived);
  return logNodeWrite(tx, ctx, 'Service', s.id, before, after, ctx.reason);
}
