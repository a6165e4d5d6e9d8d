/**
 * Load: get (read + validate), transform, then MERGE every step in batches.
 * `runSteps` writes into the caller's transaction: the folder import
 * (src/queries/curation/import-seed.ts, behind `npm run seed` and the
 * start-up seeding) calls it once per document file, each in its own
 * transaction. `loadSeed` loads a whole folder in ONE transaction, for the
 * tests and the benchmark's engine-only timing: a file that fails
 * validation stops it before anything is written, a statement that fails
 * mid-load rolls it all back. It holds the whole folder in one transaction,
 * which a default-sized Neo4j cannot at the medium size: serve users with
 * the folder import.
 */
import { cypher, type CypherStatement } from '../db/cypher-statement.js';
import type { GraphDatabase, StatementRunner } from '../db/graph-database.js';
import { readSeedFolder } from './read-seed.js';
import { validateSeed } from './validate-seed.js';
import { transformSeed, type LoadStep } from './transform-seed.js';
import type { DerivedProperties } from './derived-properties.js';

export interface SeedLoadSummary {
  files: number;
  rows: Record<string, number>;
  durationMs: number;
}

export const defaultBatchSize = 1000;

/** A step names a statement under cypher/, or carries one (the tests inject a failing step this way). */
export type RunnableStep = Omit<LoadStep, 'statement'> & { statement: string | CypherStatement };

/** Resolves every statement first: a missing file fails before the transaction opens. */
export function prepareSteps(steps: RunnableStep[]): Array<{ statement: CypherStatement; rows: LoadStep['rows'] }> {
  return steps.map((step) => ({ statement: typeof step.statement === 'string' ? cypher(step.statement) : step.statement, rows: step.rows }));
}

/** Runs prepared steps in batches inside the caller's transaction (the curation import adds its own work to the same one). */
export async function runSteps(tx: StatementRunner, prepared: ReturnType<typeof prepareSteps>, batchSize = defaultBatchSize): Promise<void> {
  for (const { statement, rows } of prepared) {
    for (let i = 0; i < rows.length; i += batchSize) {
      await tx.run(statement, { rows: rows.slice(i, i + batchSize) });
    }
  }
}

export async function loadSteps(db: GraphDatabase, steps: RunnableStep[], batchSize = defaultBatchSize): Promise<void> {
  const prepared = prepareSteps(steps);
  await db.transaction((tx) => runSteps(tx, prepared, batchSize));
}

/** `derived`: what the engine's profile has the loader write with vendors and services (`EngineProfile.derived`). */
export async function loadSeed(db: GraphDatabase, seedDir: string, derived: DerivedProperties, batchSize = defaultBatchSize): Promise<SeedLoadSummary> {
  const started = performance.now();
  const seed = await readSeedFolder(seedDir);
  validateSeed(seed);
  const steps = transformSeed(seed, derived);
  await loadSteps(db, steps, batchSize);
  await db.afterBulkLoad();
  return {
    files: seed.files.length,
    rows: Object.fromEntries(steps.map((s) => [s.statement.replace(/^seed\/(merge-)?/, ''), s.rows.length])),
    durationMs: Math.round(performance.now() - started),
  };
}
