/**
 * Loads a seed folder the way `loadSeed` does (read → validate → transform
 * → batched MERGE in one transaction → afterBulkLoad), calling the same functions, but
 * timing each phase and each load statement, reporting progress on a long
 * load, and giving up at a deadline: the transaction then rolls back, and
 * the timings so far say where the time went and how far it got.
 */
import { readSeedFolder } from '../../src/seed/read-seed.js';
import { validateSeed } from '../../src/seed/validate-seed.js';
import { transformSeed } from '../../src/seed/transform-seed.js';
import type { DerivedProperties } from '../../src/seed/derived-properties.js';
import { defaultBatchSize, loadSteps } from '../../src/seed/load-seed.js';
import type { GraphDatabase, StatementRunner } from '../../src/db/graph-database.js';
import { overriding } from './statement-tracer.js';

export interface StepTiming {
  statement: string;
  /** Rows the step has to load. */
  planned: number;
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
  /** The whole transaction: every step plus the commit (or up to the deadline). */
  loadMs: number;
  commitMs: number;
  /** `db.afterBulkLoad()`, which loadSeed runs after the transaction (the embedded engine compacts). */
  compactMs: number;
  totalMs: number;
  /** Every load step in load order, with what it did. */
  steps: StepTiming[];
  /** Set when the load gave up at its deadline and rolled back. */
  abandonedAfterMs?: number | undefined;
}

export type Phase = 'read' | 'validate' | 'transform' | 'load' | 'compact';

export interface TimedLoadOptions {
  onPhase?: (phase: Phase) => void;
  progressEveryMs?: number;
  /** Give up (and roll back) once the load phase has run this long. */
  loadDeadlineMs?: number | undefined;
}

export class LoadAbandoned extends Error {
  constructor(readonly timing: LoadTiming) {
    super(`the load was abandoned after ${(timing.abandonedAfterMs! / 1000).toFixed(0)} s`);
  }
}

/** A database whose transactions time every statement they run, by name, and stop at the deadline. */
function stepTimed(db: GraphDatabase, steps: Map<string, StepTiming>, onBatch: (step: StepTiming) => void, pastDeadline: () => boolean): GraphDatabase {
  return overriding(db, {
    transaction: <T>(work: (tx: StatementRunner) => Promise<T>) =>
      db.transaction((tx) =>
        work({
          run: async (statement, params) => {
            if (pastDeadline()) throw new Error('load deadline reached');
            const step = steps.get(statement.name.replace('seed/', ''))!;
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
  });
}

export async function timedLoad(db: GraphDatabase, folder: string, derived: DerivedProperties, options: TimedLoadOptions = {}): Promise<LoadTiming> {
  const { onPhase = () => {}, progressEveryMs = 15_000, loadDeadlineMs } = options;
  const t0 = performance.now();
  onPhase('read');
  const seed = await readSeedFolder(folder);
  const t1 = performance.now();
  onPhase('validate');
  validateSeed(seed);
  const t2 = performance.now();
  onPhase('transform');
  const plan = transformSeed(seed, derived);
  const t3 = performance.now();
  onPhase('load');
  const steps = new Map(
    plan.map((s) => [s.statement.replace('seed/', ''), { statement: s.statement.replace('seed/', ''), planned: s.rows.length, rows: 0, batches: 0, ms: 0 }]),
  );
  let lastReport = performance.now();
  const onBatch = (step: StepTiming) => {
    if (performance.now() - lastReport < progressEveryMs) return;
    lastReport = performance.now();
    console.log(
      `    … ${step.statement}: ${step.rows}/${step.planned} rows, ${(step.ms / 1000).toFixed(1)} s in this step, ${((performance.now() - t3) / 1000).toFixed(0)} s loading`,
    );
  };
  const pastDeadline = () => loadDeadlineMs !== undefined && performance.now() - t3 > loadDeadlineMs;
  const timing = (t4: number, compactMs = 0): LoadTiming => {
    const stepList = [...steps.values()];
    return {
      compactMs,
      files: seed.files.length,
      sources: seed.sources.size,
      rows: plan.reduce((n, s) => n + s.rows.length, 0),
      readMs: t1 - t0,
      validateMs: t2 - t1,
      transformMs: t3 - t2,
      loadMs: t4 - t3,
      commitMs: Math.max(0, t4 - t3 - stepList.reduce((n, s) => n + s.ms, 0)),
      totalMs: t4 - t0 + compactMs,
      steps: stepList,
    };
  };
  try {
    await loadSteps(stepTimed(db, steps, onBatch, pastDeadline), plan, defaultBatchSize);
  } catch (error) {
    if (!pastDeadline()) throw error;
    const t = performance.now();
    throw new LoadAbandoned({ ...timing(t), commitMs: 0, abandonedAfterMs: t - t3 });
  }
  const t4 = performance.now();
  onPhase('compact');
  await db.afterBulkLoad();
  return timing(t4, performance.now() - t4);
}
