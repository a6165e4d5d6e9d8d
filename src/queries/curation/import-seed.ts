/**
 * Importing documents in the seed-file format, so the graph says exactly
 * what they say: the seed's own reader, validator, transform and MERGE
 * statements write everything a file states, then, in the same transaction,
 * every current fact that cites one of its documents but is no longer in it
 * is retracted (with a change record each).
 *
 * `npm run seed` and the start-up seeding (importSeedFolder) load a folder
 * one document file per transaction (two side by side on the embedded
 * engine: GraphDatabase.bulkLoad); the
 * `importDocument` mutation (importSeedFile) imports one file inside the
 * mutation's transaction.
 */
import { z } from 'zod';
import type { GraphDatabase, StatementRunner } from '../../db/graph-database.js';
import { prepareSteps, runSteps, defaultBatchSize } from '../../seed/load-seed.js';
import { readSeedFolder, type SeedFileContent, type SeedSet } from '../../seed/read-seed.js';
import { seedFileSchema, type SeedFile } from '../../seed/seed-schema.js';
import type { DerivedProperties } from '../../seed/derived-properties.js';
import { transformSeed, type EdgeRow, type LoadStep } from '../../seed/transform-seed.js';
import { keyOf, nodeSections, references, validateSeed, type NodeSection } from '../../seed/validate-seed.js';
import { SeedValidationError } from '../../seed/seed-error.js';
import { eachAtMost } from '../../seed/each-at-most.js';
import { byId } from '../nodes.js';
import { readOneEach, type KeyedLookup } from '../keyed-lookups.js';
import { statement } from '../statement.js';
import { recordChange, type ChangeRecord } from './change-log.js';
import { CurationInputError, parseInput } from './curation-errors.js';
import { readerOf, retractFact, type WriteContext } from './write-facts.js';
import { readPortfolioFolder } from '../../seed/read-portfolios.js';
import { importPortfolios } from '../portfolios/import-portfolios.js';

const currentFactsCiting = statement<{ documentIds: string[] }>('write/current-facts-citing');
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

/** A current fact and the document its evidence cites. */
type CitingFact = { id: string; documentId: string };

const citingFacts = z.array(z.object({ id: z.string(), documentId: z.string() }));

/** The current facts citing `documentIds`: one scan of the relationships (no index reaches a relationship property on both engines). */
async function readCitingFacts(runner: StatementRunner, documentIds: string[]): Promise<CitingFact[]> {
  return documentIds.length === 0 ? [] : citingFacts.parse(await runner.run(currentFactsCiting, { documentIds }));
}

/**
 * Inside `tx`: writes what `seed` states, then retracts what its documents
 * no longer state. `citedBefore`: the facts citing its documents, when the
 * caller read them before (a folder load reads them once for all its
 * files, instead of scanning every relationship once per file).
 */
export async function importSeedSet(
  tx: StatementRunner,
  seed: SeedSet,
  ctx: WriteContext,
  batchSize = defaultBatchSize,
  citedBefore?: CitingFact[],
): Promise<ImportOutcome> {
  const documentIds = seed.files.flatMap(({ data }) => data.documents.map((d) => d.id));
  // Read before the load: a fact the load writes is stated, so it could only ever be kept.
  const citing = citedBefore ?? (await readCitingFacts(tx, documentIds));
  const steps = transformSeed(seed, ctx.derived);
  await runSteps(tx, prepareSteps(steps), batchSize);
  const factIds = steps.filter((s) => factSteps.has(s.statement)).flatMap((s) => (s.rows as EdgeRow[]).map((r) => r.id));
  const stated = new Set(factIds);
  const stale = citing.filter((fact) => !stated.has(fact.id));
  const retracted: ChangeRecord[] = [];
  for (const fact of stale) {
    retracted.push(await retractFact(tx, fact.id, { ...ctx, reason: `no longer stated by document "${fact.documentId}" (import)` }));
  }
  return { steps, factIds, retracted };
}

/** A document file that did not load: its previous version is left as it was. */
export interface FailedFile {
  /** Path relative to the seed folder. */
  file: string;
  documents: string[];
  error: string;
}

export interface FolderImportSummary {
  /** Files read: reference files and document files. */
  files: number;
  /** Document files loaded, each in its own transaction. */
  loaded: number;
  failed: FailedFile[];
  /** Rows written per load step, over every file that loaded. */
  rows: Record<string, number>;
  retracted: number;
  /** Portfolio files (seed/portfolios/), and the changes their import recorded (none when the graph already says what they say). */
  portfolios: number;
  portfolioChanges: number;
  durationMs: number;
}

export interface FolderImportOptions {
  /** Recorded on the changes of the facts retracted. */
  actor?: string;
  /** Rows per statement (SEED_BATCH_SIZE): bounds what one statement holds in memory. */
  batchSize?: number;
}

/** A document file refers to nodes that neither it nor the graph holds (yet): another file defines them. */
class UnloadedReferences extends Error {
  constructor(readonly missing: string[]) {
    super(`refers to ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}, which the graph does not hold`);
  }
}

/**
 * `npm run seed` and start-up seeding. The folder is validated as a set
 * first (nothing is written when it is invalid). Then the reference files
 * (those without documents: providers, regions, the control catalog) load
 * in one transaction, and each document file in its own: a document file
 * commits with the facts it no longer states retracted, or, when it fails,
 * leaves its previous version as it was while the others load. Every
 * statement writes at most `batchSize` rows, so what one transaction holds
 * is bounded by one file, not by the folder (a default-sized Neo4j loads
 * any number of files).
 *
 * A file whose facts refer to nodes another file defines (a sub-processor's
 * service) waits until that file has loaded; one left waiting at the end
 * fails, naming what it missed.
 *
 * The portfolios (seed/portfolios/) load after every document file, in one
 * transaction of their own: their usages and requirements name the services
 * and controls the documents define.
 */
export async function importSeedFolder(
  db: GraphDatabase,
  seedDir: string,
  derived: DerivedProperties,
  { actor = 'seed', batchSize = defaultBatchSize }: FolderImportOptions = {},
): Promise<FolderImportSummary> {
  const started = performance.now();
  const seed = await readSeedFolder(seedDir);
  validateSeed(seed);
  const portfolios = await readPortfolioFolder(seedDir, seed);
  const ctx: WriteContext = { actor, now: new Date().toISOString(), derived };
  const subset = (files: SeedFileContent[]): SeedSet => ({ root: seed.root, files, sources: seed.sources });
  const rows: Record<string, number> = {};
  let retracted = 0;
  const tally = (outcome: ImportOutcome) => {
    for (const step of outcome.steps) {
      const name = step.statement.replace(/^seed\/(merge-)?/, '');
      rows[name] = (rows[name] ?? 0) + step.rows.length;
    }
    retracted += outcome.retracted.length;
  };

  const referenceFiles = seed.files.filter(({ data }) => data.documents.length === 0);
  // The nodes of the files committed so far: a file's references to them need no look-up in the graph.
  const committed = new Set<string>();
  if (referenceFiles.length > 0) {
    tally(await db.transaction((tx) => importSeedSet(tx, subset(referenceFiles), ctx, batchSize)));
    for (const { data } of referenceFiles) for (const node of nodesDefinedBy(data)) committed.add(node);
  }

  const failed: FailedFile[] = [];
  let loaded = 0;
  const documentFiles = seed.files.filter(({ data }) => data.documents.length > 0);
  // Each document is in one file (validated), and only its file's load writes facts citing it.
  const citedBefore = new Map<string, CitingFact[]>();
  const documentIds = documentFiles.flatMap(({ data }) => data.documents.map((d) => d.id));
  for (const fact of await readCitingFacts({ run: (statement, params) => db.read(statement, params) }, documentIds)) {
    const cited = citedBefore.get(fact.documentId);
    if (cited) cited.push(fact);
    else citedBefore.set(fact.documentId, [fact]);
  }
  // Each node is defined in one file (validated), so files loading side by side write apart.
  await db.bulkLoad(async (load) => {
    /** Loads `file` in its own transaction: undefined when it committed, else why not. */
    const loadFile = async (file: SeedFileContent): Promise<unknown> => {
      try {
        const outcome = await load.transaction(async (tx) => {
          const missing = await unloadedReferences(tx, file.data, committed);
          if (missing.length > 0) throw new UnloadedReferences(missing);
          const cited = file.data.documents.flatMap((d) => citedBefore.get(d.id) ?? []);
          return importSeedSet(tx, subset([file]), ctx, batchSize, cited);
        });
        tally(outcome);
        for (const node of nodesDefinedBy(file.data)) committed.add(node);
        loaded += 1;
        return undefined;
      } catch (error) {
        return error;
      }
    };
    let pending = documentFiles;
    while (pending.length > 0) {
      const errors = new Map<SeedFileContent, unknown>();
      await eachAtMost(pending, load.concurrency, async (file) => {
        const error = await loadFile(file);
        if (error !== undefined) errors.set(file, error);
      });
      // A file that failed while another loaded beside it is tried again alone: only a failure of its own counts.
      if (load.concurrency > 1) {
        for (const [file, error] of errors) {
          if (error instanceof UnloadedReferences) continue;
          const alone = await loadFile(file);
          if (alone === undefined) errors.delete(file);
          else errors.set(file, alone);
        }
      }
      // In the folder's order, however the files finished.
      const waiting = pending.filter((file) => errors.get(file) instanceof UnloadedReferences);
      for (const file of pending) {
        const error = errors.get(file);
        if (error !== undefined && !(error instanceof UnloadedReferences)) failed.push(failureOf(file, error));
      }
      // Nothing loaded this round: what the waiting files miss will not come.
      if (waiting.length === pending.length) {
        failed.push(...waiting.map((file) => failureOf(file, errors.get(file))));
        break;
      }
      pending = waiting;
    }
  });
  let portfolioChanges = 0;
  if (portfolios.length > 0) {
    try {
      portfolioChanges = (await db.transaction((tx) => importPortfolios(tx, portfolios, ctx))).length;
    } catch (error) {
      failed.push({ file: 'portfolios/', documents: [], error: error instanceof Error ? error.message : String(error) });
    }
  }
  await db.afterBulkLoad();
  return {
    files: seed.files.length,
    loaded,
    failed,
    rows,
    retracted,
    portfolios: portfolios.length,
    portfolioChanges,
    durationMs: Math.round(performance.now() - started),
  };
}

function failureOf({ file, data }: SeedFileContent, error: unknown): FailedFile {
  return { file, documents: data.documents.map((d) => d.id), error: error instanceof Error ? error.message : String(error) };
}

/** The lookup that finds a node of each seed section in the graph (the draft review uses it too). */
export const lookupOf: Partial<Record<NodeSection, KeyedLookup<unknown>>> = {
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

/** Which of the nodes `file` refers to (those `asked` for: all by default) are already in the graph, one batched read per kind. */
async function knownInGraph(
  tx: StatementRunner,
  file: SeedFile,
  asked: (target: NodeSection, id: string) => boolean = () => true,
): Promise<(target: NodeSection, id: string) => boolean> {
  const wanted = new Map<NodeSection, Set<string>>();
  for (const [section, field, target] of references) {
    for (const record of file[section] as Array<Record<string, unknown>>) {
      const value = record[field];
      if (typeof value === 'string' && asked(target, value)) wanted.set(target, (wanted.get(target) ?? new Set()).add(value));
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

/** Each node `file` defines, as `section:key`. */
function nodesDefinedBy(file: SeedFile): string[] {
  return nodeSections.flatMap((section) => (file[section] as Array<Record<string, unknown>>).map((r) => `${section}:${keyOf(section, r)}`));
}

/**
 * The nodes `file` refers to that it does not define and the graph does not hold, as `service "x"`. `committed`: the
 * nodes of the files this load has committed, which the graph holds: only the others are looked up.
 */
async function unloadedReferences(tx: StatementRunner, file: SeedFile, committed: ReadonlySet<string> = new Set()): Promise<string[]> {
  const defined = new Set(nodesDefinedBy(file));
  const held = (target: NodeSection, id: string) => defined.has(`${target}:${id}`) || committed.has(`${target}:${id}`);
  const known = await knownInGraph(tx, file, (target, id) => !held(target, id));
  const missing = new Set<string>();
  for (const [section, field, target] of references) {
    for (const record of file[section] as Array<Record<string, unknown>>) {
      const id = record[field];
      if (typeof id === 'string' && !held(target, id) && !known(target, id)) missing.add(`${target} "${id}"`);
    }
  }
  return [...missing];
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
