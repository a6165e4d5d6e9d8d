/**
 * One benchmark run. By default the API runs as users run it: built and
 * started as its own process (`node dist/src/main.js`, as `npm start`),
 * seeding itself from the data set, and autocannon (in another process)
 * drives it over HTTP. Beside it, this process loads the same data set into
 * its own engine (timing each phase) and serves it with an in-process copy
 * of the API whose statements it traces: the reference the server's answers
 * must equal, and the engine lower bound (each question's statements run
 * straight on the engine, no HTTP, no GraphQL). Each question is measured
 * cold (every request's arguments distinct, so no kept answer can serve it;
 * plus the very first request on the just-started server) and warm (the
 * same requests repeated on an unchanged graph). With NEO4J_URI set the
 * server and the reference run on that Neo4j.
 *
 * `--in-process` (and the soak, the writes and the CPU profile, which
 * measure the process they run in) serve the API from this process, as the
 * benchmark did before: the tracer then also sees how long the API's
 * requests wait for the engine under load. Imported by run-bench.ts after it
 * has set NODE_ENV, so graphql and Apollo load in production mode.
 */
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config/config.js';
import { connectEngine } from '../../src/engines/open-engine.js';
import { countNodes } from '../../src/queries/graph-size.js';
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
import { saveBenchPortfolio } from './bench-portfolio.js';
import { markdownReport, resultsFolder, resultStamp, saveResults, type BenchResult, type QuestionResult } from './report.js';
import { withNonce } from './request-bodies.js';
import { buildServer, startServerProcess, type ServerProcess } from './server-process.js';
import type { SizeName } from './sizes.js';
import { runSoak } from './soak.js';
import { StatementTracer } from './statement-tracer.js';
import { summarize } from './stats.js';
import { targetsFor } from './targets.js';
import { LoadAbandoned, timedLoad, type LoadTiming } from './timed-load.js';
import { benchAuth, runWrites } from './write-load.js';
import { sizes } from './sizes.js';

export type EngineChoice = 'embedded' | 'neo4j';

export interface BenchOptions {
  size: SizeName;
  seed: number;
  /** The embedded engine in memory, or the Neo4j at NEO4J_URI. */
  engine: EngineChoice;
  /** Serve the API from this process (traced) instead of a separately started server. */
  inProcess: boolean;
  /** Use dist/ as it is, without `npm run build` first. */
  skipBuild: boolean;
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

/** What is driven over HTTP: the separate server process, or the in-process API (then `process` is undefined). */
interface Target {
  url: string;
  process: ServerProcess | undefined;
  /** `{ __typename }` on the idle server, ms. */
  idleMs: number;
}

interface Checked {
  responseBytes: number;
  answer: string;
  /** The question's very first request on the just-started server. */
  firstMs: number;
  /** Latency of a second, warm, single request. */
  latencyMs: number;
  api: string[];
  direct: string[];
  /** The server's answer equals the traced in-process API's; undefined when they are the same server. */
  answersEqual: boolean | undefined;
}

async function post(url: string, body: string): Promise<{ ms: number; text: string; status: number }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  return { ms: performance.now() - started, text, status: response.status };
}

/** The `data` of a response, as text: the same answer is the same text (extensions and key order aside). */
const dataOf = (text: string) => JSON.stringify((JSON.parse(text) as { data?: unknown }).data ?? null);

/**
 * The question's first request on the server (timed: the cold first pass),
 * the same request through the traced in-process API (the answers must be
 * equal) and as its direct plan (the statements must be the same), then a
 * second request (warm, timed, decides whether the question is too slow
 * for a concurrent load).
 */
async function checkQuestion(target: Target, app: RunningApp, tracer: StatementTracer, q: Question): Promise<Checked> {
  const body = JSON.stringify({ query: q.query, variables: q.variables[0] });
  const inProcess = target.process === undefined;
  if (inProcess) tracer.startRecording();
  const first = await post(target.url, body);
  let api = inProcess ? tracer.stopRecording() : [];
  const json = JSON.parse(first.text) as { data?: Record<string, any>; errors?: Array<{ message: string }> };
  if (first.status !== 200 || json.errors?.length)
    throw new Error(`${q.id}: HTTP ${first.status}: ${json.errors?.map((e) => e.message).join('; ') ?? first.text.slice(0, 300)}`);
  const problem = q.check(json.data ?? {});
  if (problem) throw new Error(`${q.id}: the answer is not usable for a benchmark: ${problem}`);
  let answersEqual: boolean | undefined;
  if (!inProcess) {
    tracer.startRecording();
    const reference = await post(app.url, body);
    api = tracer.stopRecording();
    answersEqual = reference.status === 200 && dataOf(reference.text) === dataOf(first.text);
    if (!answersEqual) console.log(`    ${q.id}: the server's answer differs from the in-process API's`);
  }
  const second = await post(target.url, body);

  const directTracer = new StatementTracer();
  directTracer.startRecording();
  await q.direct(directTracer.wrap(app.db), q.variables[0]!, app.profile.searchCandidates);
  return {
    responseBytes: Buffer.byteLength(first.text),
    answer: q.describe(json.data ?? {}),
    firstMs: first.ms,
    latencyMs: second.ms,
    api,
    direct: directTracer.stopRecording(),
    answersEqual,
  };
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

const baselineBody = JSON.stringify({ query: '{ __typename }' });

/** The server's `{ __typename }` latency when nothing else runs (median of a few): what "quick" means on this machine now. */
async function idleLatency(url: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) samples.push((await post(url, baselineBody)).ms);
  return summarize(samples).p50;
}

/**
 * Resolves once the server process answers `{ __typename }` quickly twice
 * in a row (within 3× its idle latency, or 10 ms), or after `timeoutMs`: a
 * load generator that stops leaves requests the server still works on, and
 * they must not overlap the next measurement. (In-process, the tracer sees
 * the statements themselves.)
 */
async function serverIdle(url: string, idleMs: number, timeoutMs = 60_000): Promise<void> {
  const quickMs = Math.max(10, 3 * idleMs);
  const deadline = performance.now() + timeoutMs;
  let quick = 0;
  while (quick < 2 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    quick = (await post(url, baselineBody)).ms < quickMs ? quick + 1 : 0;
  }
}

const noDirect = (): DirectResult => ({ concurrency: 0, durationMs: 0, requestsPerSecond: NaN, latency: summarize([]) });

async function measureQuestion(
  target: Target,
  app: RunningApp,
  tracer: StatementTracer,
  q: Question,
  checked: Checked,
  o: BenchOptions,
  stamp: string,
): Promise<QuestionResult> {
  const bodies = q.variables.map((variables) => JSON.stringify({ query: q.query, variables }));
  const inProcess = target.process === undefined;
  const idle = () => (inProcess ? tracer.idle() : serverIdle(target.url, target.idleMs));
  const slow = checked.latencyMs > o.slowMs;
  let cold: LoadResult;
  let api: LoadResult;
  let directSequential = noDirect();
  let directConcurrent = noDirect();
  let engine: { count: number; ms: number };
  // Per statement, taken right after the API load (the direct runs go through the same wrapper).
  const perStatement = () => Object.fromEntries([...tracer.totals].map(([name, t]) => [name, t.ms / Math.max(1, t.count)]));
  let msPerStatement: Record<string, number>;
  if (slow) {
    console.log(`    one request takes ${(checked.latencyMs / 1000).toFixed(1)} s: measuring ${o.slowRuns} requests one at a time, no concurrent load`);
    cold = await sequentialApi(
      target.url,
      Array.from({ length: o.slowRuns }, (_, i) => withNonce(bodies[i % bodies.length]!, i)),
      o.slowRuns,
    );
    tracer.resetTotals();
    api = await sequentialApi(target.url, bodies, o.slowRuns);
    engine = tracer.total();
    msPerStatement = perStatement();
    if (!q.noDirect) directSequential = await runDirect(q, app.db, app.profile.searchCandidates, 1, 0, o.slowRuns);
  } else {
    const job = { url: target.url, connections: o.connections, timeoutSec: 300, bodies };
    cold = await runHttpLoad({ ...job, distinct: true, durationSec: o.durationSec, warmupSec: 0 });
    await idle();
    if (o.warmupSec > 0) await runHttpLoad({ ...job, durationSec: o.warmupSec, warmupSec: 0 });
    await idle();
    tracer.resetTotals();
    api = await runHttpLoad({ ...job, durationSec: o.durationSec, warmupSec: 0 });
    engine = tracer.total();
    msPerStatement = perStatement();
    await idle();
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
  const targets = targetsFor(o.size, q.id);
  // No completed request is no evidence: a target is met only by measured latencies.
  const meets = (l: LoadResult, targetMs: number | undefined) => (targetMs === undefined ? undefined : l.latency.p99 > 0 && l.latency.p99 < targetMs);
  const result: QuestionResult = {
    id: q.id,
    title: q.title,
    mode: slow ? 'sequential' : 'concurrent',
    targets,
    ratioTarget: q.ratioTarget,
    responseBytes: checked.responseBytes,
    answer: checked.answer,
    answersEqual: checked.answersEqual,
    statements: { api: checked.api, direct: checked.direct, same: q.noDirect || sameStatements(checked.api, checked.direct) },
    firstRequestMs: checked.firstMs,
    cold,
    api,
    // Only the in-process API is traced under load; a separate server's statements are its own.
    apiEngine: inProcess
      ? { statementsPerRequest: engine.count / Math.max(1, api.requests), msPerRequest: engine.ms / Math.max(1, api.requests), msPerStatement }
      : undefined,
    directSequential,
    directConcurrent,
    ratio,
    meetsCold: meets(cold, targets.coldP99Ms),
    meetsWarm: meets(api, targets.warmP99Ms),
    meetsRatio: q.ratioTarget === undefined ? undefined : ratio.p50 <= q.ratioTarget,
  };
  if (o.cpuProfile) {
    const file = path.join(resultsFolder, `${stamp}-${q.id}.cpuprofile`);
    const profiled = await profileWhile(file, () =>
      slow
        ? sequentialApi(target.url, bodies, 1)
        : runHttpLoad({ url: target.url, connections: o.connections, timeoutSec: 300, bodies, durationSec: Math.min(5, o.durationSec), warmupSec: 0 }),
    );
    await idle();
    result.cpuProfile = { file, ...profiled.summary };
  }
  return result;
}

/** The server's (and the reference's) configuration: the data set, read-only unless writes are measured, the bench's limits. */
function benchEnvironment(o: BenchOptions, folder: string, writeSecret: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // In memory, whatever the caller's environment says about a data folder; Neo4j only when asked for.
  delete env.GRAPH_DATA_DIR;
  if (o.engine === 'embedded') delete env.NEO4J_URI;
  else if (!env.NEO4J_URI) throw new Error('--engine neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)');
  return {
    ...env,
    // Writes need a token in production: a random secret for this server, and an admin token signed with it.
    // A read-only run serves read-only, as production without auth must.
    ...(writeSecret ? { AUTH_JWT_SECRET: writeSecret } : { WRITES_ENABLED: 'false' }),
    SEED_DIR: folder,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    MAX_PAGE_SIZE: String(o.maxPageSize),
    MAX_QUERY_COMPLEXITY: String(o.maxComplexity),
  };
}

/** The soak and the writes watch this process's memory and writer; a CPU profile is taken of this process. */
export function needsInProcess(o: Pick<BenchOptions, 'inProcess' | 'soakSec' | 'writes' | 'cpuProfile' | 'loadOnly'>): boolean {
  return o.inProcess || o.soakSec !== undefined || o.writes || o.cpuProfile || o.loadOnly;
}

export async function runBenchmark(o: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const sampler = new MemorySampler().start();
  const folder = await ensureDataset(o.size, o.seed);
  const inProcess = needsInProcess(o);
  const auth = o.writes ? await benchAuth() : undefined;
  const env = benchEnvironment(o, folder, auth?.secret);
  const config: Config = loadConfig(env);

  let server: ServerProcess | undefined;
  const startServer = async () => {
    if (!o.skipBuild) {
      console.log('Building the server (npm run build) …');
      await buildServer();
    }
    console.log(`Starting the server (node dist/src/main.js) on ${o.engine === 'neo4j' ? 'Neo4j' : 'the embedded engine'}, seeding ${folder} …`);
    sampler.enter('server-start');
    server = await startServerProcess(env);
    console.log(`  serving ${server.url} after ${(server.readyMs / 1000).toFixed(1)} s`);
  };
  // On Neo4j the server seeds the graph the reference then reads; the embedded server seeds its own, after the
  // reference has written the bench portfolio into the folder (below).
  if (!inProcess && o.engine === 'neo4j') await startServer();

  // The reference: the same data in this process's own engine (the embedded one loaded here, timed; Neo4j as the server left it).
  const { db: engine, profile } = await connectEngine(config);
  const tracer = new StatementTracer();
  let load: LoadTiming | undefined;
  let neo4jWasSeeded: boolean | undefined;
  try {
    sampler.enter('load:schema');
    await profile.prepare();
    if (o.engine === 'embedded') {
      console.log(`Loading ${folder} into this process's engine …`);
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
    } else {
      // In-process on Neo4j, startApp seeds an empty graph; a separate server has done so already.
      neo4jWasSeeded = (await countNodes(engine)) > 0;
    }
  } catch (error) {
    await server?.close();
    await engine.close();
    throw error;
  }
  // The loader's garbage (the parsed seed, the rows) is collected before serving, as it is long gone in a
  // server started on a loaded graph: otherwise the first questions pay for a multi-gigabyte major GC.
  fullGc()();
  const afterLoad = memoryNow();
  const environment: BenchResult['environment'] = {
    node: process.version,
    cpus: os.availableParallelism(),
    loadAverage: { start: os.loadavg(), end: [] },
    engine: o.engine === 'neo4j' ? 'Neo4j' : '@grafeo-db/js',
    server: inProcess ? 'in-process' : 'process',
    connections: o.connections,
    durationSec: o.durationSec,
    warmupSec: o.warmupSec,
    maxPageSize: o.maxPageSize,
    maxComplexity: o.maxComplexity,
    slowMs: o.slowMs,
    slowRuns: o.slowRuns,
  };

  if (o.loadOnly || load?.abandonedAfterMs) {
    const graph = await graphCounts(engine);
    await engine.close();
    await server?.close();
    sampler.stop();
    const memory = { phases: Object.fromEntries(sampler.peaks), peak: sampler.overall, kernelPeakRss: kernelPeakRss(), afterLoad };
    return { kind: 'load', size: o.size, folder, startedAt, environment, graph, load, memory, questions: [] };
  }

  if (!inProcess && o.engine === 'embedded') {
    try {
      // The bench portfolio as a seed file in the folder: the server loads it at start-up as a customer's portfolio.
      await saveBenchPortfolio(engine, folder, (await questionParameters(engine)).busyRegion.id);
      await startServer();
    } catch (error) {
      await server?.close();
      await engine.close();
      throw error;
    }
  }

  // The graph is no longer empty, so startApp does not seed it again; it serves it.
  sampler.enter('app-start');
  let app: RunningApp;
  try {
    app = await startApp(config, { engine: { db: tracer.wrap(engine), profile } });
  } catch (error) {
    await server?.close();
    await engine.close();
    throw error;
  }
  const url = server?.url ?? app.url;
  const target: Target = { url, process: server, idleMs: await idleLatency(url) };
  const result: BenchResult = {
    kind: o.soakSec ? 'soak' : o.writes ? 'writes' : 'bench',
    size: o.size,
    folder,
    startedAt,
    environment,
    graph: await graphCounts(app.db),
    load,
    neo4jWasSeeded,
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
      checked.set(q.id, await checkQuestion(target, app, tracer, q));
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
        result.questions.push(await measureQuestion(target, app, tracer, q, checked.get(q.id)!, o, stamp));
      }
    }
  } finally {
    if (server) {
      const m = server.memory();
      result.serverProcess = { readyMs: server.readyMs, rss: m?.rss, peakRss: m?.peakRss };
      await server.close();
    }
    await app.close();
    sampler.stop();
  }
  result.environment.loadAverage.end = os.loadavg();
  result.memory = { phases: Object.fromEntries(sampler.peaks), peak: sampler.overall, kernelPeakRss: kernelPeakRss(), afterLoad };
  return result;
}

/** One run per engine (the embedded one; Neo4j too when NEO4J_URI is set), each reported and saved. */
export async function runAndReport(o: Omit<BenchOptions, 'engine'>, engines: EngineChoice[]): Promise<void> {
  for (const engine of engines) {
    const result = await runBenchmark({ ...o, engine });
    const markdown = markdownReport(result);
    console.log(`\n${markdown}`);
    const saved = await saveResults(result);
    console.log(`Saved ${saved.json} and ${saved.markdown}`);
    // An abandoned load is a failed run, whatever the report says.
    if (result.load?.abandonedAfterMs) process.exitCode = 2;
  }
}
