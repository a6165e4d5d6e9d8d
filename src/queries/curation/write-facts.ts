/**
 * Writing facts: the six kinds of evidence-carrying relationship, each
 * validated with the seed's own schema (src/seed/seed-schema.ts), its row
 * built by the seed's own row builder (src/seed/transform-seed.ts) and
 * written by the seed's own MERGE statement, so a fact written through the
 * API is indistinguishable from one loaded from a seed file. On top: the
 * ends must exist, the quote must be an exact substring of the cited
 * document's registered text, `expectedVersion` must match, and the write
 * and its change record commit together.
 */
import { z } from 'zod';
import type { StatementRunner } from '../../db/graph-database.js';
import { byId } from '../nodes.js';
import { readAllEach, readOneEach, type KeyedLookup } from '../keyed-lookups.js';
import { statement, type Statement } from '../statement.js';
import * as S from '../../seed/seed-schema.js';
import * as T from '../../seed/transform-seed.js';
import { metricMaxProperty, metricMinProperty } from '../../seed/disclosed-metrics.js';
import type { DerivedProperties } from '../../seed/derived-properties.js';
import { relatedTo } from '../nodes.js';
import { recordChange, type ChangeRecord } from './change-log.js';
import { CurationInputError, parseInput, UnknownTargetError, VersionConflictError } from './curation-errors.js';

/** The port inside a transaction, shaped as the query layer's reader. */
export const readerOf = (tx: StatementRunner) => ({ read: tx.run.bind(tx) });

type Row = T.EdgeRow;
interface Reference {
  field: string;
  kind: string;
  lookup: KeyedLookup<unknown>;
}

interface FactKind<R> {
  /** As `Change.targetKind` and `Fact.kind` name it. */
  name: string;
  schema: z.ZodType<R, unknown>;
  subject: 'Service' | 'Vendor';
  references: (record: R) => Array<Reference & { id: string }>;
  row: (record: R) => Row;
  merge: Statement<{ rows: Row[] }>;
}

const ref = (field: string, kind: string, lookup: KeyedLookup<unknown>, id: string) => ({ field, kind, lookup, id });
const service = (id: string) => ref('input.service', 'service', byId.services, id);

function kind<R>(k: FactKind<R>): FactKind<R> {
  return k;
}

/** The facts, by the name of their mutation input. */
export const factKinds = {
  usesInfra: kind({
    name: 'InfrastructureUsage',
    schema: S.usesInfraSchema,
    subject: 'Service',
    references: (r) => [service(r.service), ref('input.region', 'region', byId.regions, r.region)],
    row: (r) => T.usesInfraRow(r, undefined),
    merge: statement('seed/merge-uses-infra'),
  }),
  storesDataIn: kind({
    name: 'DataLocation',
    schema: S.storesDataInSchema,
    subject: 'Service',
    references: (r) => [service(r.service), ref('input.country', 'country', byId.countries, r.country)],
    row: (r) => T.storesDataInRow(r, undefined),
    merge: statement('seed/merge-stores-data-in'),
  }),
  dependsOn: kind({
    name: 'Dependency',
    schema: S.dependsOnSchema,
    subject: 'Service',
    references: (r) => [service(r.service), ref('input.dependsOn', 'service', byId.services, r.dependsOn)],
    row: (r) => T.dependsOnRow(r, undefined),
    merge: statement('seed/merge-depends-on'),
  }),
  certifiedBy: kind({
    name: 'CertificationHolding',
    schema: S.certifiedBySchema,
    subject: 'Vendor',
    references: (r) => [
      ref('input.vendor', 'vendor', byId.vendors, r.vendor),
      ref('input.certification', 'certification', byId.certifications, r.certification),
    ],
    row: (r) => T.certifiedByRow(r, undefined),
    merge: statement('seed/merge-certified-by'),
  }),
  disclosure: kind({
    name: 'Disclosure',
    schema: S.disclosureSchema,
    subject: 'Service',
    references: (r) => [service(r.service), ref('input.control', 'control', byId.controls, r.control)],
    row: (r) =>
      T.disclosureRow(r, undefined, T.disclosureSearchTextOf(r), (field, message) => {
        throw new CurationInputError(`input.${field}`, message);
      }),
    merge: statement('seed/merge-implements'),
  }),
  syncsTimeWith: kind({
    name: 'TimeSync',
    schema: S.syncsTimeWithSchema,
    subject: 'Service',
    references: (r) => [service(r.service), ref('input.timeSource', 'time source', byId.timeSources, r.timeSource)],
    row: (r) => T.syncsTimeWithRow(r, undefined),
    merge: statement('seed/merge-syncs-time-with'),
  }),
};
export type FactKindName = keyof typeof factKinds;

const serviceFactState = statement<{ subjectId: string; id: string }>('write/service-fact-state');
const vendorFactState = statement<{ subjectId: string; id: string }>('write/vendor-fact-state');
const retractServiceFact = statement<{ subjectId: string; id: string; props: Record<string, unknown> }>('write/retract-service-fact');
const retractVendorFact = statement<{ subjectId: string; id: string; props: Record<string, unknown> }>('write/retract-vendor-fact');
const retractDependency = statement<{ subjectId: string; id: string; props: Record<string, unknown> }>('write/retract-dependency');
/** Relationship types whose retraction is not the plain `SET retractedAt` of retract-service-fact. */
const retractBy: Partial<Record<string, typeof retractServiceFact>> = { CERTIFIED_BY: retractVendorFact, DEPENDS_ON: retractDependency };
const setServiceDerived = statement<{ id: string; props: Record<string, unknown> }>('write/set-service-derived');
const documentState = statement<{ id: string }>('write/document-state');

const stateRow = z.object({ relationship: z.string(), props: z.record(z.string(), z.unknown()), targetId: z.string() });
export type FactState = z.infer<typeof stateRow>;

const relationshipKind: Record<string, string> = {
  USES_INFRA: 'InfrastructureUsage',
  STORES_DATA_IN: 'DataLocation',
  DEPENDS_ON: 'Dependency',
  DEPENDS_ON_RETRACTED: 'Dependency',
  CERTIFIED_BY: 'CertificationHolding',
  IMPLEMENTS: 'Disclosure',
  SYNCS_TIME_WITH: 'TimeSync',
};

/** A fact by id, retracted or not: its subject is the id's part before the first `|` (see the row builders). */
export async function factState(tx: StatementRunner, id: string, subject?: 'Service' | 'Vendor'): Promise<(FactState & { kind: string }) | null> {
  const subjectId = id.split('|')[0]!;
  if (!id.includes('|')) return null;
  for (const [label, s] of [
    ['Service', serviceFactState],
    ['Vendor', vendorFactState],
  ] as const) {
    if (subject && subject !== label) continue;
    const rows = await tx.run(s, { subjectId, id });
    const row = rows[0];
    if (row) {
      const state = stateRow.parse(row);
      const kind = relationshipKind[state.relationship];
      if (kind) return { ...state, kind };
    }
  }
  return null;
}

/**
 * The write version is stored as `recordVersion`: documents already have a `version` (the edition as printed).
 * Facts loaded from the seed before curation existed carry none: they are at version 1.
 */
export const versionOf = (props: Record<string, unknown> | undefined | null): number =>
  typeof props?.recordVersion === 'number' ? props.recordVersion : props ? 1 : 0;

export function checkVersion(field: string, expected: number | null | undefined, actual: number): void {
  if (expected !== undefined && expected !== null && expected !== actual) throw new VersionConflictError(field, expected, actual);
}

/** Every evidence quote must be found, as given, in the registered text of the document it cites. */
export async function checkEvidence(tx: StatementRunner, evidence: S.Evidence, root: string): Promise<string> {
  const documentId = evidence.document;
  if (!documentId) throw new CurationInputError(`${root}.document`, 'is required: the id of a registered document');
  const rows = await tx.run(documentState, { id: documentId });
  if (rows.length === 0) throw new CurationInputError(`${root}.document`, `unknown document "${documentId}"`);
  const text = (rows[0]!.props as Record<string, unknown>).text;
  if (typeof text !== 'string') throw new CurationInputError(`${root}.document`, `document "${documentId}" has no registered text to check quotes against`);
  if (!text.includes(evidence.quote)) throw new CurationInputError(`${root}.quote`, `is not an exact substring of the text of document "${documentId}"`);
  if (!text.includes(evidence.section))
    throw new CurationInputError(`${root}.section`, `heading "${evidence.section}" is not found in the text of document "${documentId}"`);
  return documentId;
}

async function checkReferences(tx: StatementRunner, references: Array<Reference & { id: string }>): Promise<void> {
  for (const r of references) {
    const [found] = await readOneEach(readerOf(tx), r.lookup, [r.id]);
    if (!found) throw new CurationInputError(r.field, `unknown ${r.kind} "${r.id}"`);
  }
}

/**
 * Keeps what the engine's profile derives for a service (the metric copy for
 * filters, search grams where the profile has them) equal to its current
 * disclosures, as the loader would write it from the same facts.
 */
export async function refreshServiceDerived(tx: StatementRunner, serviceId: string, derived: DerivedProperties): Promise<void> {
  const reader = readerOf(tx);
  // One after the other: a transaction runs one statement at a time.
  const [service] = await readOneEach(reader, byId.services, [serviceId]);
  const [disclosures] = await readAllEach(reader, relatedTo.serviceDisclosures, [serviceId]);
  if (!service) return;
  const props: Record<string, unknown> = {};
  // Null removes a bound no current disclosure states any more.
  for (const name of S.metricNames) {
    props[metricMinProperty(name)] = null;
    props[metricMaxProperty(name)] = null;
  }
  Object.assign(
    props,
    derived.service({
      searchText: T.serviceSearchTextOf({ name: service.name, category: service.category ?? undefined, description: service.description ?? undefined }),
      disclosureSearchTexts: disclosures!.map((d) => T.searchTextOf(d.summary, d.evidenceQuote, d.evidenceSection)),
      metrics: disclosures!.flatMap((d) => d.metricNames.map((name, i) => ({ name, value: d.metricNormalized[i]! }))),
    }),
  );
  await tx.run(setServiceDerived, { id: serviceId, props });
}

export interface WriteContext {
  actor: string;
  now: string;
  /** What the engine's profile derives for vendors and services (EngineProfile.derived): writes keep it current. */
  derived: DerivedProperties;
}

/**
 * Writes one fact inside `tx`: creates it, updates it (same ends, same id),
 * or brings back a retracted one; records the change.
 */
export async function writeFact<K extends FactKindName>(
  tx: StatementRunner,
  kindName: K,
  input: unknown,
  options: WriteContext & { expectedVersion?: number | null | undefined; reason?: string | undefined; checkQuote?: boolean },
): Promise<ChangeRecord> {
  const kind = factKinds[kindName] as unknown as FactKind<{ evidence: S.Evidence; service?: string }>;
  const record = parseInput(kind.schema, input, 'input');
  await checkEvidence(tx, record.evidence, 'input.evidence');
  // As the seed requires (validate-seed.ts): each metric's words are part of the quote.
  (record as { metrics?: Array<{ raw: string }> }).metrics?.forEach((m, i) => {
    if (!record.evidence.quote.includes(m.raw)) throw new CurationInputError(`input.metrics[${i}].raw`, `"${m.raw}" is not part of the quote`);
  });
  await checkReferences(tx, kind.references(record));
  const row = kind.row(record);
  const before = await factState(tx, row.id, kind.subject);
  checkVersion('expectedVersion', options.expectedVersion, versionOf(before?.props));
  const version = versionOf(before?.props) + 1;
  const after = {
    ...row.props,
    createdAt: before?.props.createdAt ?? options.now,
    createdBy: before?.props.createdBy ?? options.actor,
    updatedAt: options.now,
    updatedBy: options.actor,
    recordVersion: version,
  };
  await tx.run(kind.merge, { rows: [{ ...row, props: after }] });
  if (kindName === 'disclosure') await refreshServiceDerived(tx, record.service!, options.derived);
  const live = before && before.props.retractedAt === undefined;
  return recordChange(tx, {
    at: options.now,
    actor: options.actor,
    operation: live ? 'UPDATE' : 'CREATE',
    targetId: row.id,
    targetKind: kind.name,
    version,
    before: before?.props ?? null,
    after,
    reason: options.reason,
  });
}

/** Retracts a fact inside `tx`: it leaves every answer and stays in the history. */
export async function retractFact(
  tx: StatementRunner,
  id: string,
  options: WriteContext & { reason: string; expectedVersion?: number | null | undefined },
): Promise<ChangeRecord> {
  const before = await factState(tx, id);
  if (!before || before.props.retractedAt !== undefined) throw new UnknownTargetError('id', 'current fact', id);
  checkVersion('expectedVersion', options.expectedVersion, versionOf(before.props));
  const version = versionOf(before.props) + 1;
  const change = { retractedAt: options.now, retractedBy: options.actor, retractReason: options.reason, updatedAt: options.now, recordVersion: version };
  const subjectId = id.split('|')[0]!;
  const retract = retractBy[before.relationship] ?? retractServiceFact;
  await tx.run(retract, { subjectId, id, props: change });
  if (before.relationship === 'IMPLEMENTS') await refreshServiceDerived(tx, subjectId, options.derived);
  return recordChange(tx, {
    at: options.now,
    actor: options.actor,
    operation: 'RETRACT',
    targetId: id,
    targetKind: before.kind,
    version,
    before: before.props,
    after: { ...before.props, ...change },
    reason: options.reason,
  });
}
