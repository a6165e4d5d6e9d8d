/**
 * A CPU profile of the server process while it serves one question, taken
 * with the V8 inspector in-process (no restart, no flags), and summarised
 * by where the time goes: graphql-js execution, type-graphql, Apollo, the
 * project's own code (src/), DataLoader, the embedded engine's JavaScript
 * binding, Node's HTTP and streams, garbage collection, and idle (waiting
 * for the engine's threads or for requests). The profiler costs a few per
 * cent, so profiles are taken in a separate run after the measurement.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by part of the stack, largest first, in ms and as a share of the profile. */
  categories: Array<{ category: string; ms: number; share: number }>;
  /** The functions with the most self time (idle and program excluded). */
  topFunctions: Array<{ fn: string; ms: number; share: number }>;
}

function categoryOf(url: string, fn: string): string {
  if (fn === '(idle)') return 'idle (waiting: engine threads, network)';
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(program)') return 'V8 / native (program)';
  if (url.includes('node_modules/graphql/')) return 'graphql-js';
  if (url.includes('node_modules/type-graphql/')) return 'type-graphql';
  // Apollo wraps every field resolver when a plugin has willResolveField; its default cache-control plugin does.
  if (url.includes('@apollo/server/dist/esm/utils/schemaInstrumentation')) return 'Apollo per-field instrumentation (cache-control plugin)';
  if (url.includes('@apollo/server/dist/esm/runHttpQuery') && fn === 'prettyJSONStringify') return 'response serialisation (JSON.stringify)';
  if (url.includes('node_modules/@apollo/') || url.includes('node_modules/@graphql-tools/')) return 'Apollo Server';
  if (url.includes('node_modules/dataloader/')) return 'DataLoader';
  // The binding wraps every native call; its self time is mostly the synchronous native work inside, chiefly QueryResult.toArray() converting rows.
  if (url.includes('node_modules/@grafeo-db/')) return 'engine binding (result conversion on the main thread)';
  if (url.includes('/src/db/')) return 'src/db (statement binding, row conversion)';
  if (url.includes('/src/graphql/')) return 'src/graphql (resolvers, loaders, plugins)';
  if (url.includes('/src/')) return 'src (other)';
  if (url.includes('/test/bench/')) return 'benchmark wrapper';
  if (url === '') return 'native (socket writes, JSON, builtins)';
  if (url.startsWith('node:')) return 'Node (http, streams)';
  return 'other node_modules';
}

export function summarizeProfile(profile: Profile, top = 12): ProfileSummary {
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const category = categoryOf(url, functionName);
    categories.set(category, (categories.get(category) ?? 0) + ms);
    if (!functionName.startsWith('(')) {
      const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|src|test)\//, '$1/')}:${lineNumber + 1}`;
      functions.set(key, (functions.get(key) ?? 0) + ms);
    }
  }
  const ranked = <K extends string>(m: Map<string, number>, key: K) =>
    [...m].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ [key]: name, ms, share: ms / totalMs }) as Record<K, string> & { ms: number; share: number });
  return { totalMs, categories: ranked(categories, 'category'), topFunctions: ranked(functions, 'fn').slice(0, top) };
}

/** Profiles the process while `work` runs; writes the raw profile (for Chrome DevTools) to `file`. */
export async function profileWhile<T>(file: string, work: () => Promise<T>): Promise<{ result: T; summary: ProfileSummary }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const result = await work();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(profile));
    return { result, summary: summarizeProfile(profile) };
  } finally {
    session.disconnect();
  }
}
