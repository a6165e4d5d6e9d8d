/**
 * Turns a run's results into a Markdown report (printed, and saved beside
 * the JSON in test/bench/results/, named by size and time).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import type { DirectResult } from './direct-cypher.js';
import type { GraphCounts } from './graph-facts.js';
import type { LoadResult } from './load-client.js';
import { mb, type MemoryNumbers } from './memory-sampler.js';
import type { SoakResult } from './soak.js';
import type { WriteRate, WriteResult } from './write-load.js';
import type { LoadTiming } from './timed-load.js';
import type { ProfileSummary } from './cpu-profile.js';
import type { Targets } from './targets.js';

export const resultsFolder = path.join(projectRoot, 'test', 'bench', 'results');

export interface QuestionResult {
  id: string;
  title: string;
  /** concurrent: autocannon at the set concurrency; sequential: too slow for that, a few requests one at a time. */
  mode: 'concurrent' | 'sequential';
  /** Issue 14's p99 targets for this size (targets.ts). */
  targets: Targets;
  ratioTarget?: number | undefined;
  responseBytes: number;
  /** What one response holds. */
  answer: string;
  /** The separate server's answer equals the in-process API's; undefined in-process (one and the same). */
  answersEqual?: boolean | undefined;
  /** Statements one request runs: through the (in-process) API, and in the direct plan. */
  statements: { api: string[]; direct: string[]; same: boolean };
  /** The question's very first request on the just-started server. */
  firstRequestMs: number;
  /** Cold: every request's arguments distinct, so no answer kept from another request serves it. */
  cold: LoadResult;
  /** Warm: the same requests repeated on an unchanged graph, after a warm-up. */
  api: LoadResult;
  /** In-process only: time the API's requests spent awaiting the engine, per request, under the warm load. */
  apiEngine?: { statementsPerRequest: number; msPerRequest: number; msPerStatement: Record<string, number> } | undefined;
  /** The engine lower bound: the question's statements straight on the engine, no HTTP, no GraphQL. */
  directSequential: DirectResult;
  directConcurrent: DirectResult;
  /** Warm API latency over direct-Cypher latency, at the same concurrency (the headline) and against one-at-a-time. */
  ratio: { p50: number; p99: number; p50VsSequential: number };
  meetsCold?: boolean | undefined;
  meetsWarm?: boolean | undefined;
  meetsRatio?: boolean | undefined;
  cpuProfile?: (ProfileSummary & { file: string }) | undefined;
}

export interface BenchResult {
  /** bench: questions measured; soak: the mix for a long time; load: the load only (or a load that was abandoned). */
  kind: 'bench' | 'soak' | 'load' | 'writes';
  size: string;
  folder: string;
  startedAt: string;
  environment: {
    node: string;
    cpus: number;
    /** The machine's 1, 5 and 15 minute load averages when the run started and ended (other work shares the cores). */
    loadAverage: { start: number[]; end: number[] };
    engine: string;
    /** process: a separately started server (`node dist/src/main.js`); in-process: the API in the benchmark's own process. */
    server: 'process' | 'in-process';
    connections: number;
    durationSec: number;
    warmupSec: number;
    maxPageSize: number;
    maxComplexity: number;
    slowMs: number;
    slowRuns: number;
  };
  graph: GraphCounts;
  /** The load into the benchmark's own embedded engine; none on Neo4j (the server seeds it). */
  load?: LoadTiming | undefined;
  /** On Neo4j: whether the graph held data before this run (then it was measured as found, not reloaded). */
  neo4jWasSeeded?: boolean | undefined;
  /** The separate server: time to serve (including its own seeding) and its memory at the end. */
  serverProcess?: { readyMs: number; rss?: number | undefined; peakRss?: number | undefined } | undefined;
  memory: { phases: Record<string, MemoryNumbers>; peak: MemoryNumbers; kernelPeakRss: number; afterLoad: MemoryNumbers };
  questions: QuestionResult[];
  soak?: SoakResult | undefined;
  writes?: WriteResult | undefined;
}

const n = (v: number) => (Number.isFinite(v) ? v.toLocaleString('en-US') : '–');
const s = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;
function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
}
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
const ok = (v: boolean | undefined) => (v === undefined ? '' : v ? '✓' : '✗');

const errorsOf = (l: LoadResult) => l.non2xx + l.graphqlErrors + l.errors + l.timeouts;

/** The engine lower bound the API is compared with: at the same concurrency, or one at a time for a slow question. */
const engineAlone = (q: QuestionResult) => (q.mode === 'concurrent' ? q.directConcurrent : q.directSequential);

/**
 * Which part holds a question back, from the run's own numbers: the
 * engine's share of the warm p50 (its statements alone, at the same
 * concurrency) against the rest, which is HTTP, GraphQL execution, the
 * loaders' scheduling and serialisation.
 */
export function heldBackBy(q: QuestionResult): string {
  const share = engineAlone(q).latency.p50 / q.api.latency.p50;
  if (!Number.isFinite(share)) return '–';
  const percent = Math.round(100 * Math.min(1, share));
  return share >= 0.5 ? `engine (${percent} %)` : `GraphQL/transport (${100 - percent} %)`;
}

const targetMark = (targetMs: number | undefined, meets: boolean | undefined) => (targetMs === undefined ? '' : `${ok(meets)} < ${targetMs}`);

function questionTable(questions: QuestionResult[], connections: number): string[] {
  return [
    `| question | load | first request ms | cold req/s | cold p50 / p99 ms | cold p99 target | warm req/s | warm p50 / p99 ms | warm p99 target | engine alone p50 / p99 ms (@${connections}) | engine alone req/s (@${connections}) | engine alone p50 ms (1 at a time) | warm API − engine p50 ms | held back by | statements | answers equal | KB per response | errors |`,
    '| --- | --- | ---: | ---: | ---: | :---: | ---: | ---: | :---: | ---: | ---: | ---: | ---: | --- | ---: | :---: | ---: | ---: |',
    ...questions.map((q) => {
      const load = q.mode === 'concurrent' ? `@${connections}` : `${q.api.requests} one at a time`;
      const concurrentDirect = q.mode === 'concurrent' ? `${ms(q.directConcurrent.latency.p50)} / ${ms(q.directConcurrent.latency.p99)}` : '–';
      const rate = (l: LoadResult) => n(Math.round(l.requestsPerSecond * 10) / 10);
      return (
        `| ${q.id} | ${load} | ${ms(q.firstRequestMs)} | ${rate(q.cold)} | ${ms(q.cold.latency.p50)} / ${ms(q.cold.latency.p99)} | ${targetMark(q.targets.coldP99Ms, q.meetsCold)} ` +
        `| ${rate(q.api)} | ${ms(q.api.latency.p50)} / ${ms(q.api.latency.p99)} | ${targetMark(q.targets.warmP99Ms, q.meetsWarm)} ` +
        `| ${concurrentDirect} | ${q.mode === 'concurrent' ? n(Math.round(q.directConcurrent.requestsPerSecond)) : '–'} | ${ms(q.directSequential.latency.p50)} ` +
        `| ${ms(q.api.latency.p50 - engineAlone(q).latency.p50)} | ${heldBackBy(q)} ` +
        `| ${q.statements.api.length}${q.statements.same ? '' : ` (direct ${q.statements.direct.length})`} | ${ok(q.answersEqual)} ` +
        `| ${(q.responseBytes / 1024).toFixed(1)} | ${errorsOf(q.cold) + errorsOf(q.api)} |`
      );
    }),
  ];
}

/**
 * Why a missed target was missed: when the statements alone, run straight
 * on the engine at the same concurrency, already take longer than the
 * target, no API layer can meet it on this machine and engine (the engine
 * is the floor); otherwise the API layer (HTTP, GraphQL, loaders,
 * serialisation) is what to work on.
 */
export function targetVerdict(q: QuestionResult, connections: number, cpus: number): string | undefined {
  const missed = [
    q.meetsCold === false ? { column: 'cold', target: q.targets.coldP99Ms!, api: q.cold } : undefined,
    q.meetsWarm === false ? { column: 'warm', target: q.targets.warmP99Ms!, api: q.api } : undefined,
  ].filter((m) => m !== undefined);
  if (missed.length === 0) return undefined;
  const { target, api } = missed[0]!;
  const columns = missed.map((m) => m.column).join(' and ');
  if (q.mode === 'concurrent') {
    const floor = q.directConcurrent.latency.p99;
    return floor >= target
      ? `${columns}: engine-bound: the statements alone, straight on the engine at @${connections}, take p99 ${ms(floor)} ms (≥ ${target}); one at a time ${ms(q.directSequential.latency.p50)} ms`
      : `${columns}: API-bound: the engine alone meets it at @${connections} (p99 ${ms(floor)} ms); the API layer adds ${ms(api.latency.p99 - floor)} ms at p99`;
  }
  // Too slow to load at full concurrency: with `connections` requests sharing `cpus` cores, each waits for about connections / cpus of them.
  const oneAtATime = q.directSequential.latency.p50;
  return `${columns}: engine-bound: the statements alone take ${ms(oneAtATime)} ms one at a time; ${connections} at once on ${cpus} cores would take ≈ ${ms((oneAtATime * connections) / cpus)} ms`;
}

/** Why the API/direct ratio was missed: a request's fixed cost (the baseline) set against the statements' time. */
function ratioVerdict(q: QuestionResult, baseline: QuestionResult | undefined): string {
  if (q.ratioTarget === undefined || q.meetsRatio !== false || !baseline) return '';
  const direct = engineAlone(q).latency.p50;
  return (
    ` **API/engine ratio ${x(q.ratio.p50)} > ${q.ratioTarget}×:** a request that runs no resolver at all (the baseline) takes p50 ${ms(baseline.api.latency.p50)} ms, ` +
    `${x(baseline.api.latency.p50 / direct)} the statements' own p50 of ${ms(direct)} ms; the rest is GraphQL execution and the round trips' scheduling.`
  );
}

function profileSection(questions: QuestionResult[]): string[] {
  const profiled = questions.filter((q) => q.cpuProfile);
  if (profiled.length === 0) return [];
  const lines = ['## Where the server process spends its CPU (V8 profile, self time, share of the profiled run)', ''];
  for (const q of profiled) {
    const p = q.cpuProfile!;
    lines.push(
      `**${q.id}** (${s(p.totalMs)}; \`${path.relative(projectRoot, p.file)}\`): ` +
        p.categories.map((c) => `${c.category} ${(100 * c.share).toFixed(1)} %`).join(', ') +
        '.',
      '',
      'Top functions: ' +
        p.topFunctions
          .slice(0, 8)
          .map((f) => `\`${f.fn}\` ${(100 * f.share).toFixed(1)} %`)
          .join(', ') +
        '.',
      '',
    );
  }
  return lines;
}

const loadAverages = (l: { start: number[]; end: number[] }) =>
  `${l.start.map((v) => v.toFixed(1)).join(' / ')} at the start${l.end.length ? `, ${l.end.map((v) => v.toFixed(1)).join(' / ')} at the end` : ''}`;

function serverLine(p: NonNullable<BenchResult['serverProcess']>): string {
  const memory = p.peakRss === undefined ? '' : `; its RSS ${mb(p.rss ?? NaN)} MB at the end, peak ${mb(p.peakRss)} MB`;
  return `Server process: serving after **${s(p.readyMs)}** (start-up, including seeding the empty graph from the data set)${memory}.`;
}

function loadSection(load: LoadTiming): string[] {
  const outcome = load.abandonedAfterMs
    ? `Load **abandoned after ${s(load.loadMs)} of loading** (rolled back; ${s(load.totalMs)} in all) = read ${s(load.readMs)} + validate ${s(load.validateMs)} + transform ${s(load.transformMs)} + load ${s(load.loadMs)} so far`
    : `Load: **${s(load.totalMs)}** = read ${s(load.readMs)} + validate ${s(load.validateMs)} + transform ${s(load.transformMs)} + load ${s(load.loadMs)} (commit ${s(load.commitMs)}) + compact ${s(load.compactMs)}`;
  const rate = (st: LoadTiming['steps'][number]) => (st.rows * 1000) / Math.max(st.ms, 1);
  return [
    `${outcome}; ${n(load.files)} JSON files, ${n(load.sources)} sources, ${n(load.rows)} rows.`,
    '',
    '| load step (in load order) | rows loaded | rows planned | time | rows/s | time for all its rows at that rate |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...load.steps.map(
      (st) =>
        `| ${st.statement} | ${n(st.rows)} | ${n(st.planned)} | ${s(st.ms)} | ${st.rows ? n(Math.round(rate(st))) : '–'} | ${st.rows ? s((st.planned * 1000) / rate(st)) : '–'} |`,
    ),
  ];
}

function memorySection(memory: BenchResult['memory']): string[] {
  return [
    `Memory of the benchmark's process (its own engine; the API too when in-process): peak RSS **${mb(memory.kernelPeakRss)} MB** (kernel maxrss; sampled ${mb(memory.peak.rss)} MB), peak heap used **${mb(memory.peak.heapUsed)} MB** (heap total ${mb(memory.peak.heapTotal)} MB); after load and a full GC RSS ${mb(memory.afterLoad.rss)} MB, heap used ${mb(memory.afterLoad.heapUsed)} MB.`,
    '',
    '| phase | peak RSS MB | peak heap used MB | peak heap total MB | peak external MB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(memory.phases).map(([phase, m]) => `| ${phase} | ${mb(m.rss)} | ${mb(m.heapUsed)} | ${mb(m.heapTotal)} | ${mb(m.external)} |`),
  ];
}

function soakSection(soak: SoakResult): string[] {
  const l = soak.load;
  return [
    `## Soak: ${s(soak.durationSec * 1000)} of the question mix, memory every ${soak.sampleEverySec} s`,
    '',
    `**${soak.grew ? 'Memory GREW' : 'No memory growth'}** (first third → last third of the samples after a ${soak.warmupSec.toFixed(0)} s warm-up): RSS ${mb(soak.firstThird.rss)} → ${mb(soak.lastThird.rss)} MB (${soak.growthPercent.rss.toFixed(1)} %, slope ${soak.slopeMbPerMinute.rss.toFixed(2)} MB/min); heap used after GC ${mb(soak.firstThird.heapUsed)} → ${mb(soak.lastThird.heapUsed)} MB (${soak.growthPercent.heapUsed.toFixed(1)} %, slope ${soak.slopeMbPerMinute.heapUsed.toFixed(2)} MB/min).`,
    '',
    `Load: ${n(l.requests)} requests, ${n(Math.round(l.requestsPerSecond))} req/s, p50 ${ms(l.latency.p50)} ms, p95 ${ms(l.latency.p95)} ms, p99 ${ms(l.latency.p99)} ms; errors ${l.non2xx + l.graphqlErrors + l.errors + l.timeouts}. p99 by third: ${l.latencyByThird.map((t) => ms(t.p99)).join(' → ')} ms.`,
    '',
    `Samples (s: RSS MB / heap MB): ${soak.samples.map((x) => `${x.atSec.toFixed(0)}: ${mb(x.rss)}/${mb(x.heapUsed)}`).join(', ')}`,
  ];
}

function writeRow(w: WriteRate): string {
  return `| ${w.mutation} | ${n(w.writes)} | ${w.perSecond.toFixed(1)} | ${ms(w.latency.p50)} | ${ms(w.latency.p99)} | ${w.errors} |`;
}

function readRow(label: string, l: LoadResult): string {
  return `| ${label} | ${n(l.requests)} | ${n(Math.round(l.requestsPerSecond))} | ${ms(l.latency.p50)} | ${ms(l.latency.p99)} | ${l.non2xx + l.graphqlErrors + l.errors + l.timeouts} |`;
}

function writesSection(w: WriteResult, connections: number): string[] {
  const errors = [w.singleFact, w.importDocument, w.writerDuringReads].filter((x) => x.firstError).map((x) => `- ${x.mutation}: ${x.firstError}`);
  return [
    '## Writes',
    '',
    `One writer, one mutation at a time, in the server's process (admin token). Single fact: \`linkInfrastructure\` on one service, cycling over the regions. ` +
      `Import: \`importDocument\` of a generated vendor's whole document (${w.importDocument.factsPerDocument.toFixed(0)} facts on average, with its text), the loaded size's vendors drawn again by the generator.`,
    '',
    '| mutation | writes | per second | p50 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    writeRow(w.singleFact),
    writeRow(w.importDocument),
    '',
    `The question mix at concurrency ${connections}, alone and with the single-fact writer running beside it (${n(w.writerDuringReads.writes)} writes, ${w.writerDuringReads.perSecond.toFixed(1)}/s, p99 ${ms(w.writerDuringReads.latency.p99)} ms):`,
    '',
    '| reads | requests | req/s | p50 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    readRow('alone', w.readsAlone),
    readRow('while writing', w.readsWhileWriting),
    ...(errors.length ? ['', 'First error of each:', ...errors] : []),
  ];
}

export function markdownReport(r: BenchResult): string {
  const e = r.environment;
  const rel = r.graph.relationships;
  const lines = [
    `# Benchmark ${r.kind === 'bench' ? '' : `(${r.kind}) `}— ${r.size} — ${r.startedAt}`,
    '',
    `${e.engine === 'Neo4j' ? 'Neo4j' : `Embedded engine (${e.engine})`}, the API ${e.server === 'process' ? 'as its own process (`node dist/src/main.js`, as `npm start`)' : "in the benchmark's process (--in-process)"}, ` +
      `Node ${e.node}, ${e.cpus} CPUs (load average ${loadAverages(e.loadAverage)}), concurrency ${e.connections}, ${e.durationSec} s per question and column after ${e.warmupSec} s warm-up, ` +
      `MAX_PAGE_SIZE ${e.maxPageSize}, MAX_QUERY_COMPLEXITY ${e.maxComplexity}. Data: \`${path.relative(projectRoot, r.folder)}\`.`,
    '',
    r.load?.abandonedAfterMs
      ? 'Graph: empty (the load was rolled back).'
      : `Graph: ${n(r.graph.totalNodes)} nodes (${Object.entries(r.graph.nodes)
          .map(([k, v]) => `${k} ${n(v)}`)
          .join(', ')}), ${n(r.graph.totalRelationships)} relationships (${Object.entries(rel)
          .map(([k, v]) => `${k} ${n(v)}`)
          .join(', ')}).`,
    '',
    ...(r.neo4jWasSeeded ? ['Neo4j held data before this run: the graph was measured as found, not reloaded from the data set.', ''] : []),
    ...(r.serverProcess ? [serverLine(r.serverProcess), ''] : []),
    ...(r.load ? loadSection(r.load) : []),
    '',
    ...memorySection(r.memory),
    '',
  ];
  if (r.questions.length > 0) {
    lines.push(
      '## Questions',
      '',
      `API = GraphQL over HTTP to ${e.server === 'process' ? 'the separately started server' : "the API in the benchmark's process"}, autocannon in a child process at concurrency ${e.connections}. ` +
        "**First request**: the question's first request on the just-started server. " +
        "**Cold**: every request's variables distinct (a `benchNonce` the operation ignores), so no answer kept from another request can serve it. " +
        '**Warm**: the same requests repeated on an unchanged graph, after the warm-up. ' +
        '**Engine alone**: the statements the resolvers run, through the same query modules (src/queries/) straight on ' +
        `${e.server === 'process' ? "the benchmark's own copy of the engine" : 'the engine'}, no HTTP and no GraphQL: the lower bound. ` +
        "**Held back by**: the engine's share of the warm p50, or the rest (HTTP, GraphQL execution, loaders, serialisation). " +
        `A question slower than ${s(e.slowMs)} per request is run ${e.slowRuns} times one at a time, API and engine alike. ` +
        (e.server === 'process' ? "**Answers equal**: the server's answer is the in-process API's, on the benchmark's own engine." : ''),
      '',
      ...questionTable(r.questions, e.connections),
      '',
      ...r.questions.map((q) => {
        const verdict = targetVerdict(q, e.connections, e.cpus);
        const statements = q.apiEngine
          ? `mean ms each under the warm load: ${Object.entries(q.apiEngine.msPerStatement)
              .map(([name, t]) => `${name.replace('read/', '')} ${ms(t)}`)
              .join(', ')}; ${ms(q.apiEngine.msPerRequest)} ms awaiting the engine per request`
          : q.statements.api.map((name) => name.replace('read/', '')).join(', ');
        return (
          `- **${q.id}**: ${q.title} → ${q.answer}. Statements (${statements})` +
          `${q.statements.same ? '' : ` — the direct plan differs: ${q.statements.direct.join(', ')}`}.` +
          (verdict ? ` **Target missed, ${verdict}.**` : '') +
          ratioVerdict(
            q,
            r.questions.find((b) => b.id === 'baseline'),
          )
        );
      }),
      '',
    );
  }
  lines.push(...profileSection(r.questions));
  if (r.soak) lines.push(...soakSection(r.soak), '');
  if (r.writes) lines.push(...writesSection(r.writes, e.connections), '');
  return lines.join('\n');
}

/** `medium-soak-2025-01-31T10-00-00Z`: size, kind and time, the base name of a run's files. */
export function resultStamp(r: BenchResult): string {
  const time = r.startedAt.replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z');
  return `${r.size}${r.environment.engine === 'Neo4j' ? '-neo4j' : ''}${r.kind === 'bench' ? '' : `-${r.kind}`}-${time}`;
}

export async function saveResults(r: BenchResult): Promise<{ json: string; markdown: string }> {
  await mkdir(resultsFolder, { recursive: true });
  const base = path.join(resultsFolder, resultStamp(r));
  await writeFile(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  await writeFile(`${base}.md`, markdownReport(r));
  return { json: `${base}.json`, markdown: `${base}.md` };
}
