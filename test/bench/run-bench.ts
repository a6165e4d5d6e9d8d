/**
 * The benchmark's command line.
 *
 *   npm run bench                                   # small (the real seed), 10 s per question and column
 *   npm run bench -- --size medium                  # a separately started server (npm start), cold and warm
 *   npm run bench -- --in-process                   # the API in the benchmark's process, traced
 *   NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm run bench   # the embedded engine, then Neo4j
 *   npm run bench -- --size medium --duration 10
 *   npm run bench -- --size large --only lookup,search
 *   npm run bench -- --size medium --soak 300       # 5 minutes of the question mix, memory sampled
 *   npm run bench -- --size medium --writes         # mutations per second, and the question mix while writes run
 *   npm run bench -- --size small --cpu-profile     # adds a V8 CPU profile of the server per question
 *
 * A size that has not been generated yet is generated first
 * (data/generated/<size>/). Results go to test/bench/results/.
 */
import { parseArgs } from 'node:util';
import { isSizeName, sizeNames } from './sizes.js';

// Before graphql and Apollo load: they pick their production code paths from NODE_ENV at import time.
process.env.NODE_ENV = 'production';

const usage = `Usage: npm run bench -- [--size ${sizeNames.join('|')}] [--engine embedded|neo4j|both] [--in-process] [--skip-build]
                     [--duration SECONDS] [--warmup SECONDS] [--connections N]
                     [--only lookup,vendorsUsingInfrastructure,impactOf,nestedList,search,filteredList]
                     [--soak SECONDS [--sample-every SECONDS]] [--seed N] [--max-page-size N] [--max-complexity N]
                     [--cpu-profile] [--slow-ms MS] [--slow-runs N]
                     [--load-only] [--max-load-seconds SECONDS] [--writes]
--soak, --writes, --cpu-profile and --load-only measure the benchmark's own process: they serve the API in-process.`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'small' },
      engine: { type: 'string' },
      'in-process': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      only: { type: 'string' },
      soak: { type: 'string' },
      'sample-every': { type: 'string' },
      seed: { type: 'string' },
      'max-page-size': { type: 'string' },
      'max-complexity': { type: 'string' },
      'cpu-profile': { type: 'boolean', default: false },
      'slow-ms': { type: 'string' },
      'slow-runs': { type: 'string' },
      'load-only': { type: 'boolean', default: false },
      'max-load-seconds': { type: 'string' },
      writes: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(usage);
  if (!isSizeName(values.size!)) throw new Error(`--size must be one of ${sizeNames.join(', ')}\n${usage}`);
  // Neo4j too when NEO4J_URI is set: the same questions, the same report, one after the other.
  const engine = values.engine ?? (process.env.NEO4J_URI ? 'both' : 'embedded');
  const engines = ({ embedded: ['embedded'], neo4j: ['neo4j'], both: ['embedded', 'neo4j'] } as const)[engine as 'embedded' | 'neo4j' | 'both'];
  if (!engines) throw new Error(`--engine must be embedded, neo4j or both, got "${engine}"\n${usage}`);
  const { runAndReport } = await import('./benchmark.js');
  await runAndReport(
    {
      size: values.size,
      inProcess: values['in-process'] ?? false,
      skipBuild: values['skip-build'] ?? false,
      seed: positive('seed', values.seed, 1),
      durationSec: positive('duration', values.duration, 10),
      warmupSec: values.warmup === '0' ? 0 : positive('warmup', values.warmup, 2),
      connections: positive('connections', values.connections, 8),
      // The server's default. The nested list (100 services × infrastructure × disclosures with metrics) costs ~22,000
      // by the API's estimate on the medium graph (lists sized by the most disclosures one service has).
      maxComplexity: positive('max-complexity', values['max-complexity'], 50_000),
      maxPageSize: positive('max-page-size', values['max-page-size'], 100),
      only: values.only?.split(',').map((q) => q.trim()),
      soakSec: values.soak === undefined ? undefined : positive('soak', values.soak, 300),
      sampleEverySec: positive('sample-every', values['sample-every'], 5),
      slowMs: positive('slow-ms', values['slow-ms'], 2000),
      slowRuns: positive('slow-runs', values['slow-runs'], 3),
      cpuProfile: values['cpu-profile'] ?? false,
      loadOnly: values['load-only'] ?? false,
      writes: values.writes ?? false,
      maxLoadSec: values['max-load-seconds'] === undefined ? undefined : positive('max-load-seconds', values['max-load-seconds'], 480),
    },
    [...engines],
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
