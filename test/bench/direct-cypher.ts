/**
 * Runs a question's direct plan (its resolver's statements, straight on the
 * engine) in a loop and times each run: sequentially (one at a time, the
 * engine's best latency) and with the same concurrency as the HTTP load
 * (what the engine gives when it is as busy as under the API).
 */
import type { GraphDatabase } from '../../src/db/graph-database.js';
import type { FindSearchCandidates } from '../../src/search/search-plan.js';
import type { Question } from './question-set.js';
import { summarize, type LatencySummary } from './stats.js';

export interface DirectResult {
  concurrency: number;
  durationMs: number;
  requestsPerSecond: number;
  latency: LatencySummary;
}

/** Runs for `durationMs`, or exactly `runs` times when given (for questions too slow to run for a fixed time). */
export async function runDirect(
  question: Question,
  db: GraphDatabase,
  candidates: FindSearchCandidates,
  concurrency: number,
  durationMs: number,
  runs?: number,
): Promise<DirectResult> {
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  let next = 0;
  const more = () => (runs === undefined ? performance.now() < deadline : next < runs);
  const worker = async () => {
    while (more()) {
      const variables = question.variables[next++ % question.variables.length]!;
      const t = performance.now();
      await question.direct(db, variables, candidates);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  return { concurrency, durationMs: elapsed, requestsPerSecond: (latencies.length * 1000) / elapsed, latency: summarize(latencies) };
}

/** A few untimed runs, so the first timed one does not pay for cold caches and lazy compilation. */
export async function warmDirect(question: Question, db: GraphDatabase, candidates: FindSearchCandidates, runs = 3): Promise<void> {
  for (let i = 0; i < runs; i++) await question.direct(db, question.variables[i % question.variables.length]!, candidates);
}
