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

export const resultsFolder = path.join(projectRoot, 'test', 'bench', 'results');

export interface QuestionResult {
  id: string;
  title: string;
  /** concurrent: autocannon at the set concurrency; sequential: too slow for that, a few requests one at a time. */
  mode: 'concurrent' | 'sequential';
  p99TargetMs?: number | undefined;
  ratioTarget?: number | undefined;
  responseBytes: number;
  /** What one response holds. */
  answer: string;
  /** Statements one request runs: through the API, and in the direct plan. */
  statements: { api: string[]; direct: string[]; same: boolean };
  api: LoadResult;
  /** Time the API's requests spent awaiting the engine, per request, under the HTTP load. */
  apiEngine: { statementsPerRequest: number; msPerRequest: number; msPerStatement: Record<string, number> };
  directSequential: DirectResult;
  directConcurrent: DirectResult;
  /** API latency over direct-Cypher latency, at the same concurrency (the headline) and against one-at-a-time. */
  ratio: { p50: number; p99: number; p50VsSequential: number };
  meetsP99?: boolean | undefined;
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
    engine: string;
    connections: number;
    durationSec: number;
    warmupSec: number;
    maxPageSize: number;
    maxComplexity: number;
    slowMs: number;
    slowRuns: number;
  };
  graph: GraphCounts;
  load: LoadTiming;
  memory: { phases: Record<string, MemoryNumbers>; peak: MemoryNumbers; kernelPeakRss: number; afterLoad: MemoryNumbers };
  questions: QuestionResult[];
  soak?: SoakResult | undefined;
  writes?: WriteResult | undefined;
}

const n = (v: number) => v.toLocaleString('en-US');
const s = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;
function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  return v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0);
}
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
const ok = (v: boolean | undefined) => (v === undefined ? '' : v ? '✓' : '✗');

function questionTable(questions: QuestionResult[], connections: number): string[] {
  return [
    `| question | load | req/s | p50 ms | p95 ms | p99 ms | p99 target | direct p50 ms (1 at a time) | direct p50 / p99 ms (@${connections}) | direct req/s (@${connections}) | API/direct p50 | API/direct p99 | engine ms per API request | statements | KB per response | errors |`,
    '| --- | --- | ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...questions.map((q) => {
      const errors = q.api.non2xx + q.api.graphqlErrors + q.api.errors + q.api.timeouts;
      const ratioMark = q.ratioTarget !== undefined ? ` ${ok(q.meetsRatio)} (≤ ${q.ratioTarget}×)` : '';
      const target = q.p99TargetMs === undefined ? '' : `${ok(q.meetsP99)} < ${q.p99TargetMs}`;
      const load = q.mode === 'concurrent' ? `@${connections}` : `${q.api.requests} one at a time`;
      const concurrentDirect = q.mode === 'concurrent' ? `${ms(q.directConcurrent.latency.p50)} / ${ms(q.directConcurrent.latency.p99)}` : '–';
      return (
        `| ${q.id} | ${load} | ${n(Math.round(q.api.requestsPerSecond * 10) / 10)} | ${ms(q.api.latency.p50)} | ${ms(q.api.latency.p95)} | ${ms(q.api.latency.p99)} | ${target} ` +
        `| ${ms(q.directSequential.latency.p50)} | ${concurrentDirect} | ${q.mode === 'concurrent' ? n(Math.round(q.directConcurrent.requestsPerSecond)) : '–'} ` +
        `| ${x(q.ratio.p50)}${ratioMark} | ${x(q.ratio.p99)} | ${ms(q.apiEngine.msPerRequest)} | ${q.statements.api.length}${q.statements.same ? '' : ` (direct ${q.statements.direct.length})`} ` +
        `| ${(q.responseBytes / 1024).toFixed(1)} | ${errors} |`
      );
    }),
  ];
}

/**
 * Why a missed target was missed, from the run's own numbers: when the
 * statements alone, run straight on the engine at the same concurrency,
 * already take longer than the target, no API layer can meet it on this
 * machine and engine (the engine is the floor); otherwise the API layer
 * (HTTP, GraphQL, loaders, serialisation) is what to work on.
 */
export function targetVerdict(q: QuestionResult, connections: number, cpus: number): string | undefined {
  if (q.p99TargetMs === undefined || q.meetsP99) return undefined;
  const target = q.p99TargetMs;
  if (q.mode === 'concurrent') {
    const floor = q.directConcurrent.latency.p99;
    return floor >= target
      ? `engine-bound: the statements alone, straight on the engine at @${connections}, take p99 ${ms(floor)} ms (≥ ${target}); one at a time ${ms(q.directSequential.latency.p50)} ms`
      : `API-bound: the engine alone meets it at @${connections} (p99 ${ms(floor)} ms); the API layer adds ${ms(q.api.latency.p99 - floor)} ms at p99`;
  }
  // Too slow to load at full concurrency: with `connections` requests sharing `cpus` cores, each waits for about connections / cpus of them.
  const oneAtATime = q.directSequential.latency.p50;
  return `engine-bound: the statements alone take ${ms(oneAtATime)} ms one at a time; ${connections} at once on ${cpus} cores would take ≈ ${ms((oneAtATime * connections) / cpus)} ms`;
}

/** Why the API/direct ratio was missed: a request's fixed cost (the baseline) set against the statements' time. */
function ratioVerdict(q: QuestionResult, baseline: QuestionResult | undefined): string {
  if (q.ratioTarget === undefined || q.meetsRatio !== false || !baseline) return '';
  const direct = q.mode === 'concurrent' ? q.directConcurrent.latency.p50 : q.directSequential.latency.p50;
  return (
    ` **Ratio missed:** a request that runs no resolver at all (the baseline) takes p50 ${ms(baseline.api.latency.p50)} ms, ` +
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
    `Memory: peak RSS **${mb(memory.kernelPeakRss)} MB** (kernel maxrss; sampled ${mb(memory.peak.rss)} MB), peak heap used **${mb(memory.peak.heapUsed)} MB** (heap total ${mb(memory.peak.heapTotal)} MB); after load and a full GC RSS ${mb(memory.afterLoad.rss)} MB, heap used ${mb(memory.afterLoad.heapUsed)} MB.`,
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
    `Embedded engine (${e.engine}), Node ${e.node}, ${e.cpus} CPUs, concurrency ${e.connections}, ${e.durationSec} s per question after ${e.warmupSec} s warm-up, MAX_PAGE_SIZE ${e.maxPageSize}, MAX_QUERY_COMPLEXITY ${e.maxComplexity}. Data: \`${path.relative(projectRoot, r.folder)}\`.`,
    '',
    r.load.abandonedAfterMs
      ? 'Graph: empty (the load was rolled back).'
      : `Graph: ${n(r.graph.totalNodes)} nodes (${Object.entries(r.graph.nodes)
          .map(([k, v]) => `${k} ${n(v)}`)
          .join(', ')}), ${n(r.graph.totalRelationships)} relationships (${Object.entries(rel)
          .map(([k, v]) => `${k} ${n(v)}`)
          .join(', ')}).`,
    '',
    ...loadSection(r.load),
    '',
    ...memorySection(r.memory),
    '',
  ];
  if (r.questions.length > 0) {
    lines.push(
      '## Questions',
      '',
      'API = GraphQL over HTTP (autocannon in a child process). Direct = the statements the resolvers run, through the same query modules (src/queries/) in the server process, ' +
        `one at a time and at concurrency ${e.connections}. The ratios divide API latency by direct latency at the same concurrency ` +
        `(a question slower than ${s(e.slowMs)} per request is run ${e.slowRuns} times one at a time, API and direct alike). ` +
        '"engine ms per API request" is the time the API\'s requests spent awaiting the engine under the HTTP load.',
      '',
      ...questionTable(r.questions, e.connections),
      '',
      ...r.questions.map((q) => {
        const verdict = targetVerdict(q, e.connections, e.cpus);
        return (
          `- **${q.id}**: ${q.title} → ${q.answer}. Statements (mean ms each under the API load): ` +
          `${Object.entries(q.apiEngine.msPerStatement)
            .map(([name, t]) => `${name.replace('read/', '')} ${ms(t)}`)
            .join(', ')}${q.statements.same ? '' : ` — the direct plan differs: ${q.statements.direct.join(', ')}`}.` +
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
  return `${r.size}${r.kind === 'bench' ? '' : `-${r.kind}`}-${time}`;
}

export async function saveResults(r: BenchResult): Promise<{ json: string; markdown: string }> {
  await mkdir(resultsFolder, { recursive: true });
  const base = path.join(resultsFolder, resultStamp(r));
  await writeFile(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  await writeFile(`${base}.md`, markdownReport(r));
  return { json: `${base}.json`, markdown: `${base}.md` };
}
