/**
 * Importing documents in the seed-file format, so the graph says exactly
 * what they say: the seed's own reader, validator, transform and MERGE
 * statements write everything a file states, then, in the same transaction,
 * every current fact that cites one of its documents but is no longer in it
 * is retracted (with a change record each). Stale facts go only after the
 * whole load succeeded; a failure anywhere changes nothing.
 *
 * `npm run seed` and the start-up seeding (importSeedFolder) and the
 * `importDocument` mutation (importSeedFile) both come here.
 */
import { z } from 'zod';
import type { GraphDatabase, StatementRunner } from '../../db/graph-database.js';
import { prepareSteps, runSteps, defaultBatchSize } from '../../seed/load-seed.js';
import { readSeedFolder, type SeedSet } from '../../seed/read-seed.js';
import { seedFileSchema, type SeedFile } from '../../seed/seed-schema.js';
import type { DerivedProperties } from '../../seed/derived-properties.js';
import { transformSeed, type EdgeRow, type LoadStep } from '../../seed/transform-seed.js';
import { references, validateSeed, type NodeSection } from '../../seed/validate-seed.js';
import { SeedValidationError } from '../../seed/seed-error.js';
import { byId } from '../nodes.js';
import { readOneEach, type KeyedLookup } from '../keyed-lookups.js';
import { statement } from '../statement.js';
import { recordChange, type ChangeRecord } from './change-log.js';
import { CurationInputError, parseInput } from './curation-errors.js';
import { readerOf, retractFact, type WriteContext } from './write-facts.js';
import { readPortfolioFolder } from '../../seed/read-portfolios.js';
import { importPortfolios } from '../portfolios/import-portfolios.js';

const staleFacts = statement<{ documentIds: string[]; keepIds: string[] }>('write/stale-facts');
const documentState = statement<{ id: string }>('write/document-state');

const factSteps = new Set([
  'seed/merge-uses-infra',
  'seed/merge-stores-data-in',
  'seed/merge-depends-on',
  'seed/merge-certified-by',
  'seed/merge-implements',
  'seed/merge-syncs-time-with',
]);

export interface ImportOutcome {
  steps: LoadStep[];
  /** Ids of the facts the import states. */
  factIds: string[];
  /** The changes recorded for the facts it retracted. */
  retracted: ChangeRecord[];
}

/** Inside `tx`: writes what `seed` states, then retracts what its documents no longer state. */
export async function importSeedSet(tx: StatementRunner, seed: SeedSet, ctx: WriteContext, batchSize = defaultBatchSize): Promise<ImportOutcome> {
  const steps = transformSeed(seed, ctx.derived);
  await runSteps(tx, prepareSteps(steps), batchSize);
  const factIds = steps.filter((s) => factSteps.has(s.statement)).flatMap((s) => (s.rows as EdgeRow[]).map((r) => r.id));
  const documentIds = seed.files.flatMap(({ data }) => data.documents.map((d) => d.id));
  const stale = z.array(z.object({ id: z.string(), documentId: z.string() })).parse(await tx.run(staleFacts, { documentIds, keepIds: factIds }));
  const retracted: ChangeRecord[] = [];
  for (const fact of stale) {
    retracted.push(await retractFact(tx, fact.id, { ...ctx, reason: `no longer stated by document "${fact.documentId}" (import)` }));
  }
  return { steps, factIds, retracted };
}

export interface FolderImportSummary {
  files: number;
  rows: Record<string, number>;
  retracted: number;
  /** Portfolio files (seed/portfolios/), and the changes their import recorded (none when the graph already says what they say). */
  portfolios: number;
  portfolioChanges: number;
  durationMs: number;
}

/**
 * `npm run seed` and start-up seeding: every file of the folder, validated as a set, in one transaction;
 * the portfolios (seed/portfolios/) after the documents, in the same transaction.
 */
export async function importSeedFolder(
  db: GraphDatabase,
  seedDir: string,
  derived: DerivedProperties,
  actor = 'seed',
  batchSize = defaultBatchSize,
): Promise<FolderImportSummary> {
  const started = performance.now();
  const seed = await readSeedFolder(seedDir);
  validateSeed(seed);
  const portfolios = await readPortfolioFolder(seedDir, seed);
  const ctx = { actor, now: new Date().toISOString(), derived };
  const outcome = await db.transaction(async (tx) => {
    const documents = await importSeedSet(tx, seed, ctx, batchSize);
    return { ...documents, portfolioChanges: await importPortfolios(tx, portfolios, ctx) };
  });
  await db.afterBulkLoad();
  return {
    files: seed.files.length,
    rows: Object.fromEntries(outcome.steps.map((s) => [s.statement.replace(/^seed\/(merge-)?/, ''), s.rows.length])),
    retracted: outcome.retracted.length,
    portfolios: portfolios.length,
    portfolioChanges: outcome.portfolioChanges.length,
    durationMs: Math.round(performance.now() - started),
  };
}

const lookupOf: Partial<Record<NodeSection, KeyedLookup<unknown>>> = {
  providers: byId.providers,
  regions: byId.regions,
  countries: byId.countries,
  timeSources: byId.timeSources,
  certifications: byId.certifications,
  frameworks: byId.frameworks,
  controls: byId.controls,
  vendors: byId.vendors,
  services: byId.services,
  documents: byId.documents,
};

/** Which of the nodes `file` refers to are already in the graph, one batched read per kind. */
async function knownInGraph(tx: StatementRunner, file: SeedFile): Promise<(target: NodeSection, id: string) => boolean> {
  const wanted = new Map<NodeSection, Set<string>>();
  for (const [section, field, target] of references) {
    for (const record of file[section] as Array<Record<string, unknown>>) {
      const value = record[field];
      if (typeof value === 'string') wanted.set(target, (wanted.get(target) ?? new Set()).add(value));
    }
  }
  const found = new Map<NodeSection, Set<string>>();
  for (const [target, ids] of wanted) {
    const lookup = lookupOf[target];
    if (!lookup) continue;
    const list = [...ids];
    const values = await readOneEach(readerOf(tx), lookup, list);
    found.set(target, new Set(list.filter((_, i) => values[i] !== null)));
  }
  return (target, id) => found.get(target)?.has(id) ?? false;
}

/** A seed problem as an input error: `file.usesInfra[0].region`. */
function asInputError(error: SeedValidationError): CurationInputError {
  const problem = error.problems[0]!;
  const record = /^(\w+\[\d+\])/.exec(problem.record)?.[1];
  const field = ['file', record, problem.field].filter(Boolean).join('.');
  return new CurationInputError(field, problem.message);
}

/**
 * The `importDocument` mutation: one seed file holding one document. Its text
 * is `text`, or, when omitted, the text already registered for the document.
 */
export async function importSeedFile(tx: StatementRunner, raw: unknown, text: string | undefined, ctx: WriteContext & { reason?: string | undefined }) {
  const file = parseInput(seedFileSchema, raw, 'file');
  if (file.documents.length !== 1) throw new CurationInputError('file.documents', `must hold exactly one document (it holds ${file.documents.length})`);
  const document = file.documents[0]!;
  let source = text;
  const before = (await tx.run(documentState, { id: document.id }))[0]?.props as Record<string, unknown> | undefined;
  if (source === undefined) {
    if (typeof before?.text !== 'string') throw new CurationInputError('text', `is required: document "${document.id}" has no registered text`);
    source = before.text;
  }
  const seed: SeedSet = { root: '(import)', files: [{ file: 'file', data: file }], sources: new Map([[document.sourceFile, source]]) };
  try {
    validateSeed(seed, await knownInGraph(tx, file));
  } catch (error) {
    if (error instanceof SeedValidationError) throw asInputError(error);
    throw error;
  }
  const outcome = await importSeedSet(tx, seed, ctx);
  const change = await recordChange(tx, {
    at: ctx.now,
    actor: ctx.actor,
    operation: before ? 'UPDATE' : 'CREATE',
    targetId: document.id,
    targetKind: 'Document',
    version: 1,
    before: null,
    after: { import: true, factIds: outcome.factIds, retracted: outcome.retracted.map((c) => c.targetId) },
    reason: ctx.reason,
  });
  return { documentId: document.id, factIds: outcome.factIds, retracted: outcome.retracted, change };
}
