/**
 * Loads a seed folder the way `loadSeed` does (read → validate → transform
 * → batched MERGE in one transaction), calling the same functions, but
 * timing each phase and each load statement, and reporting progress on a
 * long load so a slow step shows where the time goes while it happens.
 */
import { readSeedFolder } from '../../src/seed/read-seed.js';
import { validateSeed } from '../../src/seed/validate-seed.js';
import { transformSeed } from '../../src/seed/transform-seed.js';
import { defaultBatchSize, loadSteps } from '../../src/seed/load-seed.js';
import type { GraphDatabase, StatementRunner } from '../../src/db/graph-database.js';

export interface StepTiming {
  statement: string;
  rows: number;
  batches: number;
  ms: number;
}

export interface LoadTiming {
  files: number;
  sources: number;
  rows: number;
  readMs: number;
  validateMs: number;
  transformMs: number;
  /** The whole transaction: every step plus the commit. */
  loadMs: number;
  commitMs: number;
  totalMs: number;
  steps: StepTiming[];
}

export type Phase = 'read' | 'validate' | 'transform' | 'load';

/** A database whose transactions time every statement they run, by name. */
function stepTimed(db: GraphDatabase, steps: Map<string, StepTiming>, onBatch: (step: StepTiming) => void): GraphDatabase {
  return {
    engine: db.engine,
    read: (statement, params) => db.read(statement, params),
    write: (statement, params) => db.write(statement, params),
    ping: () => db.ping(),
    close: () => db.close(),
    transaction: <T>(work: (tx: StatementRunner) => Promise<T>) =>
      db.transaction((tx) =>
        work({
          run: async (statement, params) => {
            const step = steps.get(statement.name) ?? { statement: statement.name.replace('seed/', ''), rows: 0, batches: 0, ms: 0 };
            steps.set(statement.name, step);
            const started = performance.now();
            const result = await tx.run(statement, params);
            step.ms += performance.now() - started;
            step.batches += 1;
            step.rows += Array.isArray(params?.rows) ? params.rows.length : 0;
            onBatch(step);
            return result;
          },
        }),
      ),
  };
}

export async function timedLoad(db: GraphDatabase, folder: string, onPhase: (phase: Phase) => void = () => {}, progressEveryMs = 15_000): Promise<LoadTiming> {
  const t0 = performance.now();
  onPhase('read');
  const seed = await readSeedFolder(folder);
  const t1 = performance.now();
  onPhase('validate');
  validateSeed(seed);
  const t2 = performance.now();
  onPhase('transform');
  const plan = transformSeed(seed);
  const t3 = performance.now();
  onPhase('load');
  const totalRows = plan.reduce((n, s) => n + s.rows.length, 0);
  const steps = new Map<string, StepTiming>();
  let lastReport = performance.now();
  const onBatch = (step: StepTiming) => {
    if (performance.now() - lastReport < progressEveryMs) return;
    lastReport = performance.now();
    const planned = plan.find((s) => s.statement.endsWith(step.statement))?.rows.length ?? 0;
    console.log(`    … ${step.statement}: ${step.rows}/${planned} rows, ${(step.ms / 1000).toFixed(1)} s in this step, ${((performance.now() - t3) / 1000).toFixed(0)} s loading`);
  };
  await loadSteps(stepTimed(db, steps, onBatch), plan, defaultBatchSize);
  const t4 = performance.now();
  const stepList = [...steps.values()];
  const stepsMs = stepList.reduce((n, s) => n + s.ms, 0);
  return {
    files: seed.files.length,
    sources: seed.sources.size,
    rows: totalRows,
    readMs: t1 - t0,
    validateMs: t2 - t1,
    transformMs: t3 - t2,
    loadMs: t4 - t3,
    commitMs: Math.max(0, t4 - t3 - stepsMs),
    totalMs: t4 - t0,
    steps: stepList,
  };
}
