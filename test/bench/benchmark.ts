/**
 * One benchmark run: load a data set into the embedded engine (timing each
 * phase), start the whole API in this process, check each question once,
 * then measure it over HTTP and as direct Cypher, or soak the mix. Imported
 * by run-bench.ts after it has set NODE_ENV, so graphql and Apollo load in
 * production mode.
 */
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { openEmbedded } from '../../src/engines/open-engine.js';
import { startApp, type RunningApp } from '../../src/server/app.js';
import { profileWhile } from './cpu-profile.js';
import { ensureDataset } from './dataset.js';
import { runDirect, warmDirect, type DirectResult } from './direct-cypher.js';
import { graphCounts, questionParameters } from './graph-facts.js';
import { fullGc } from './full-gc.js';
import { runHttpLoad } from './http-load.js';
import type { LoadResult } from './load-client.js';
import { kernelPeakRss, memoryNow, MemorySampler } from './memory-sampler.js';
import { buildQuestions, type Question } from './question-set.js';
import { portfolioQuestions } from './portfolio-questions.js';
import { markdownReport, resultsFolder, resultStamp, saveResults, type BenchResult, type QuestionResult } from './report.js';
import type { SizeName } from './sizes.js';
import { runSoak } from './soak.js';
import { StatementTracer } from './statement-tracer.js';
import { summarize } from './stats.js';
import { LoadAbandoned, timedLoad, type LoadTiming } from './timed-load.js';
import { benchAuth, runWrites } from './write-load.js';
import { sizes } from './sizes.js';

export interface BenchOptions {
  size: SizeName;
  seed: number;
  durationSec: number;
  warmupSec: number;
  connections: number;
  maxPageSize: number;
  maxComplexity: number;
  only: string[] | undefined;
  soakSec: number | undefined;
  sampleEverySec: number;
  /** A question whose single request takes longer than this is measured one request at a time, `slowRuns` times. */
  slowMs: number;
  slowRuns: number;
  cpuProfile: boolean;
  /** Stop after the load (and report it); no server, no questions. */
  loadOnly: boolean;
  /** Abandon (roll back) a load that takes longer than this, and report how far it got. */
  maxLoadSec: number | undefined;
  /** Measure writes (and the question mix while they run) instead of each question. */
  writes: boolean;
}

interface Checked {
  responseBytes: number;
  answer: string;
  /** Latency of a second, warm, single request. */
  latencyMs: number;
  api: string[];
  direct: string[];
}

async function post(url: string, body: string): Promise<{ ms: number; text: string; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  return { ms: performance.now() - started, text, status: response.status };
}

/** One request through the API and one direct run, each traced: the answer must be sane and the statements the same. */
async function checkQuestion(app: RunningApp, tracer: StatementTracer, q: Question): Promise<Checked> {
  const body = JSON.stringify({ query: q.query, variables: q.variables[0] });
  tracer.startRecording();
  const first = await post(app.url, body);
  const api = tracer.stopRecording();
  const json = JSON.parse(first.text) as { data?: Record<string, any>; errors?: Array<{ message: string }> };
  if (first.status !== 200 || json.errors?.length)
    throw new Error(`${q.id}: HTTP ${first.status}: ${json.errors?.map((e) => e.message).join('; ') ?? first.text.slice(0, 300)}`);
  const problem = q.check(json.data ?? {});
  if (problem) throw new Error(`${q.id}: the answer is not usable for a benchmark: ${problem}`);
  const second = await post(app.url, body);

  const directTracer = new StatementTracer();
  directTracer.startRecording();
  await q.direct(directTracer.wrap(app.db), q.variables[0]!, app.profile.searchCandidates);
  return { responseBytes: Buffer.byteLength(first.text), answer: q.describe(json.data ?? {}), latencyMs: second.ms, api, direct: directTracer.stopRecording() };
}

const sameStatements = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** For a question too slow to load at full concurrency: requests one at a time, in the shape of a load result. */
async function sequentialApi(url: string, bodies: string[], runs: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let non2xx = 0;
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const r = await post(url, bodies[i % bodies.length]!);
    latencies.push(r.ms);
    bytes += Buffer.byteLength(r.text);
    if (r.status !== 200) non2xx += 1;
    else if (r.text.includes('"errors":')) graphqlErrors += 1;
  }
  const elapsed = performance.now() - started;
  const latency = summarize(latencies);
  return {
    requests: runs,
    durationSec: elapsed / 1000,
    requestsPerSecond: (runs * 1000) / elapsed,
    latency,
    latencyByThird: [latency],
    non2xx,
    graphqlErrors,
    errors: 0,
    timeouts: 0,
    bytesPerResponse: bytes / runs,
  };
}

const noDirect = (): DirectResult => ({ concurrency: 0, durationMs: 0, requestsPerSecond: NaN, latency: summarize([]) });

async function measureQuestion(
  app: RunningApp,
  tracer: StatementTracer,
  q: Question,
  checked: Checked,
  o: BenchOptions,
  stamp: string,
): Promise<QuestionResult> {
  const bodies = q.variables.map((variables) => JSON.stringify({ query: q.query, variables }));
  const slow = checked.latencyMs > o.slowMs;
  let api: LoadResult;
  let directSequential = noDirect();
  let directConcurrent = noDirect();
  let engine: { count: number; ms: number };
  // Per statement, taken right after the API load (the direct runs go through the same wrapper).
  const perStatement = () => Object.fromEntries([...tracer.totals].map(([name, t]) => [name, t.ms / Math.max(1, t.count)]));
  let msPerStatement: Record<string, number>;
  if (slow) {
    console.log(`    one request takes ${(checked.latencyMs / 1000).toFixed(1)} s: measuring ${o.slowRuns} requests one at a time, no concurrent load`);
    tracer.resetTotals();
    api = await sequentialApi(app.url, bodies, o.slowRuns);
    engine = tracer.total();
    msPerStatement = perStatement();
    if (!q.noDirect) directSequential = await runDirect(q, app.db, app.profile.searchCandidates, 1, 0, o.slowRuns);
  } else {
    const job = { url: app.url, connections: o.connections, timeoutSec: 300, bodies };
    if (o.warmupSec > 0) await runHttpLoad({ ...job, durationSec: o.warmupSec, warmupSec: 0 });
    await tracer.idle();
    tracer.resetTotals();
    api = await runHttpLoad({ ...job, durationSec: o.durationSec, warmupSec: 0 });
    engine = tracer.total();
    msPerStatement = perStatement();
    await tracer.idle();
    if (!q.noDirect) {
      await warmDirect(q, app.db, app.profile.searchCandidates);
      directSequential = await runDirect(q, app.db, app.profile.searchCandidates, 1, Math.max(2, o.durationSec / 2) * 1000);
      directConcurrent = await runDirect(q, app.db, app.profile.searchCandidates, o.connections, o.durationSec * 1000);
    }
  }
  const reference = slow ? directSequential : directConcurrent;
  const ratio = {
    p50: api.latency.p50 / reference.latency.p50,
    p99: api.latency.p99 / reference.latency.p99,
    p50VsSequential: api.latency.p50 / directSequential.latency.p50,
  };
  const result: QuestionResult = {
    id: q.id,
    title: q.title,
    mode: slow ? 'sequential' : 'concurrent',
    p99TargetMs: q.p99TargetMs,
    ratioTarget: q.ratioTarget,
    responseBytes: checked.responseBytes,
    answer: checked.answer,
    statements: { api: checked.api, direct: checked.direct, same: q.noDirect || sameStatements(checked.api, checked.direct) },
    api,
    apiEngine: {
      statementsPerRequest: engine.count / Math.max(1, api.requests),
      msPerRequest: engine.ms / Math.max(1, api.requests),
      msPerStatement,
    },
    directSequential,
    directConcurrent,
    ratio,
    // No completed request is no evidence: a target is met only by measured latencies.
    meetsP99: q.p99TargetMs === undefined ? undefined : api.latency.p99 > 0 && api.latency.p99 < q.p99TargetMs,
    meetsRatio: q.ratioTarget === undefined ? undefined : ratio.p50 <= q.ratioTarget,
  };
  if (o.cpuProfile) {
    const file = path.join(resultsFolder, `${stamp}-${q.id}.cpuprofile`);
    const profiled = await profileWhile(file, () =>
      slow
        ? sequentialApi(app.url, bodies, 1)
        : runHttpLoad({ url: app.url, connections: o.connections, timeoutSec: 300, bodies, durationSec: Math.min(5, o.durationSec), warmupSec: 0 }),
    );
    await tracer.idle();
    result.cpuProfile = { file, ...profiled.summary };
  }
  return result;
}

export async function runBenchmark(o: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const sampler = new MemorySampler().start();
  const folder = await ensureDataset(o.size, o.seed);

  // The embedded engine in memory, whatever the caller's environment says about Neo4j or a data folder.
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEO4J_URI;
  delete env.GRAPH_DATA_DIR;
  // Writes need a token in production: a random secret for this server, and an admin token signed with it.
  // A read-only run serves read-only, as production without auth must.
  const auth = o.writes ? await benchAuth() : undefined;
  const config = loadConfig({
    ...env,
    ...(auth ? { AUTH_JWT_SECRET: auth.secret } : { WRITES_ENABLED: 'false' }),
    SEED_DIR: folder,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    MAX_PAGE_SIZE: String(o.maxPageSize),
    MAX_QUERY_COMPLEXITY: String(o.maxComplexity),
  });
  const { db: engine, profile } = openEmbedded(undefined);
  const tracer = new StatementTracer();

  sampler.enter('load:schema');
  await profile.prepare();
  console.log(`Loading ${folder} …`);
  let load: LoadTiming;
  try {
    load = await timedLoad(engine, folder, profile.derived, {
      onPhase: (phase) => sampler.enter(`load:${phase}`),
      loadDeadlineMs: o.maxLoadSec === undefined ? undefined : o.maxLoadSec * 1000,
    });
  } catch (error) {
    if (!(error instanceof LoadAbandoned)) throw error;
    console.log(`  ${error.message} (--max-load-seconds ${o.maxLoadSec}); rolled back`);
    load = error.timing;
  }
  console.log(
    `  ${load.abandonedAfterMs ? 'gave up' : 'loaded'} after ${(load.totalMs / 1000).toFixed(1)} s (read ${(load.readMs / 1000).toFixed(1)}, validate ${(load.validateMs / 1000).toFixed(1)}, ` +
      `transform ${(load.transformMs / 1000).toFixed(1)}, load ${(load.loadMs / 1000).toFixed(1)}, compact ${(load.compactMs / 1000).toFixed(1)})`,
  );
  // The loader's garbage (the parsed seed, the rows) is collected before serving, as it is long gone in a
  // server started on a loaded graph: otherwise the first questions pay for a multi-gigabyte major GC.
  fullGc()();
  const afterLoad = memoryNow();
  const environment: BenchResult['environment'] = {
    node: process.version,
    cpus: os.availableParallelism(),
    engine: '@grafeo-db/js',
    connections: o.connections,
    durationSec: o.durationSec,
    warmupSec: o.warmupSec,
    maxPageSize: o.maxPageSize,
    maxComplexity: o.maxComplexity,
    slowMs: o.slowMs,
    slowRuns: o.slowRuns,
  };

  if (o.loadOnly || load.abandonedAfterMs) {
    const graph = await graphCounts(engine);
    await engine.close();
    sampler.stop();
    const memory = { phases: Object.fromEntries(sampler.peaks), peak: sampler.overall, kernelPeakRss: kernelPeakRss(), afterLoad };
    return { kind: 'load', size: o.size, folder, startedAt, environment, graph, load, memory, questions: [] };
  }

  // The graph is no longer empty, so startApp does not seed it again; it serves it.
  sampler.enter('app-start');
  const app = await startApp(config, { engine: { db: tracer.wrap(engine), profile } });
  const result: BenchResult = {
    kind: o.soakSec ? 'soak' : o.writes ? 'writes' : 'bench',
    size: o.size,
    folder,
    startedAt,
    environment,
    graph: await graphCounts(app.db),
    load,
    memory: { phases: {}, peak: afterLoad, kernelPeakRss: 0, afterLoad },
    questions: [],
  };
  const stamp = resultStamp(result);
  try {
    const parameters = await questionParameters(app.db);
    const all = [...buildQuestions(parameters), ...(await portfolioQuestions(app.db, profile, parameters, o.maxPageSize))];
    const questions = all.filter((q) => !o.only || o.only.includes(q.id));
    sampler.enter('check');
    const checked = new Map<string, Checked>();
    for (const q of questions) {
      console.log(`  checking ${q.id} …`);
      checked.set(q.id, await checkQuestion(app, tracer, q));
    }

    if (o.soakSec) {
      sampler.enter('soak');
      console.log(`Soaking for ${o.soakSec} s …`);
      result.soak = await runSoak(app.url, questions, { seconds: o.soakSec, sampleEverySec: o.sampleEverySec, connections: o.connections });
    } else if (auth) {
      sampler.enter('writes');
      console.log('Writes …');
      result.writes = await runWrites(app.url, auth.token, questions, {
        durationSec: o.durationSec,
        connections: o.connections,
        vendorCount: sizes[o.size].vendors ?? 0,
        seed: o.seed,
      });
    } else {
      for (const q of questions) {
        sampler.enter(`serve:${q.id}`);
        console.log(`  ${q.id} …`);
        result.questions.push(await measureQuestion(app, tracer, q, checked.get(q.id)!, o, stamp));
      }
    }
  } finally {
    await app.close();
    sampler.stop();
  }
  result.memory = { phases: Object.fromEntries(sampler.peaks), peak: sampler.overall, kernelPeakRss: kernelPeakRss(), afterLoad };
  return result;
}

export async function runAndReport(o: BenchOptions): Promise<void> {
  const result = await runBenchmark(o);
  const markdown = markdownReport(result);
  console.log(`\n${markdown}`);
  const saved = await saveResults(result);
  console.log(`Saved ${saved.json} and ${saved.markdown}`);
  // An abandoned load is a failed run, whatever the report says.
  if (result.load.abandonedAfterMs) process.exitCode = 2;
}
