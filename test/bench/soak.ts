/**
 * Soak: the whole question mix for a long time at fixed concurrency, with
 * the server's memory sampled every few seconds. The heap is sampled right
 * after a full garbage collection (live objects only), so a leak shows as
 * a rising line instead of hiding in the GC sawtooth; RSS is taken as is.
 * Growth compares the mean of the last third of the samples with the first,
 * after a warm-up (a tenth of the run, at most 30 s) in which the server
 * is still reaching its working size.
 */
import { fullGc } from './full-gc.js';
import { runHttpLoad } from './http-load.js';
import type { LoadResult } from './load-client.js';
import { memoryNow } from './memory-sampler.js';
import type { Question } from './question-set.js';
import { mean, slope } from './stats.js';

export interface SoakSample {
  atSec: number;
  rss: number;
  heapUsed: number;
}

export interface SoakResult {
  durationSec: number;
  sampleEverySec: number;
  /** Samples before this are shown but not compared. */
  warmupSec: number;
  samples: SoakSample[];
  firstThird: { rss: number; heapUsed: number };
  lastThird: { rss: number; heapUsed: number };
  growthPercent: { rss: number; heapUsed: number };
  slopeMbPerMinute: { rss: number; heapUsed: number };
  grew: boolean;
  load: LoadResult;
}

/** Growth below this (share of the first third, and absolute) is noise, not a leak. */
const tolerance = { share: 0.05, heapBytes: 8e6, rssBytes: 32e6 };

/** One body per question per round; the lookup walks its ids across rounds, so every question gets the same share. */
export function mixBodies(questions: Question[]): string[] {
  const rounds = Math.max(...questions.map((q) => q.variables.length));
  const bodies: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) bodies.push(JSON.stringify({ query: q.query, variables: q.variables[round % q.variables.length] }));
  }
  return bodies;
}

export async function runSoak(
  url: string,
  questions: Question[],
  options: { seconds: number; sampleEverySec: number; connections: number },
): Promise<SoakResult> {
  const gc = fullGc();
  const samples: SoakSample[] = [];
  const started = performance.now();
  const take = () => {
    gc();
    const m = memoryNow();
    samples.push({ atSec: (performance.now() - started) / 1000, rss: m.rss, heapUsed: m.heapUsed });
  };
  take();
  const timer = setInterval(take, options.sampleEverySec * 1000);
  let load: LoadResult;
  try {
    load = await runHttpLoad({
      url,
      connections: options.connections,
      durationSec: options.seconds,
      warmupSec: 0,
      timeoutSec: 60,
      bodies: mixBodies(questions),
    });
  } finally {
    clearInterval(timer);
  }
  take();

  const warmupSec = Math.min(30, options.seconds / 10);
  const counted = samples.filter((s) => s.atSec >= warmupSec);
  const third = Math.max(1, Math.floor(counted.length / 3));
  const avg = (list: SoakSample[], key: 'rss' | 'heapUsed') => mean(list.map((s) => s[key]));
  const first = counted.slice(0, third);
  const last = counted.slice(-third);
  const firstThird = { rss: avg(first, 'rss'), heapUsed: avg(first, 'heapUsed') };
  const lastThird = { rss: avg(last, 'rss'), heapUsed: avg(last, 'heapUsed') };
  const minutes = counted.map((s) => s.atSec / 60);
  const grew =
    lastThird.heapUsed - firstThird.heapUsed > Math.max(tolerance.share * firstThird.heapUsed, tolerance.heapBytes) ||
    lastThird.rss - firstThird.rss > Math.max(tolerance.share * firstThird.rss, tolerance.rssBytes);
  return {
    durationSec: (performance.now() - started) / 1000,
    sampleEverySec: options.sampleEverySec,
    warmupSec,
    samples,
    firstThird,
    lastThird,
    growthPercent: {
      rss: (100 * (lastThird.rss - firstThird.rss)) / firstThird.rss,
      heapUsed: (100 * (lastThird.heapUsed - firstThird.heapUsed)) / firstThird.heapUsed,
    },
    slopeMbPerMinute: {
      rss: slope(
        minutes,
        counted.map((s) => s.rss / 1e6),
      ),
      heapUsed: slope(
        minutes,
        counted.map((s) => s.heapUsed / 1e6),
      ),
    },
    grew,
    load: load,
  };
}
