/**
 * The HTTP load generator, run as a child process by http-load.ts so that
 * its CPU and memory are not the server's: reads a job (JSON) on stdin,
 * drives the server with autocannon at a fixed number of connections, and
 * prints the result (JSON) on stdout.
 *
 * Latencies come from autocannon's per-response event, in fractional
 * milliseconds, and the percentiles are computed over every sample
 * (autocannon's own histogram rounds to whole milliseconds and has no p95).
 * A 200 response whose body holds GraphQL `errors` counts as an error.
 *
 * The client shares the machine's two cores with the server, so what it
 * spends per response is taken from the server. Looking into a body costs
 * V8 a copy of the whole string (autocannon builds it chunk by chunk):
 * ~1.5 ms for a 140 KB answer, more than the server spends sending a kept
 * one. So every body up to `fullCheckBytes` is checked, and of larger ones
 * one in `largeCheckEvery`; every response's status is checked.
 */
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { withNonce } from './request-bodies.js';
import { summarize, type LatencySummary } from './stats.js';

export interface LoadJob {
  url: string;
  connections: number;
  durationSec: number;
  warmupSec: number;
  timeoutSec: number;
  /** JSON request bodies; each connection cycles through them. */
  bodies: string[];
  /** Every request's arguments distinct (request-bodies.ts, `withNonce`): the cold path, under load. */
  distinct?: boolean;
}

export interface LoadResult {
  requests: number;
  durationSec: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  /** Latency over the first, middle and last third of the run (drift shows in a soak). */
  latencyByThird: LatencySummary[];
  non2xx: number;
  graphqlErrors: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
}

/** Bodies up to this many characters are all checked for GraphQL errors. */
const fullCheckBytes = 16 * 1024;
/** Of larger bodies, one in this many is (the first among them included). */
const largeCheckEvery = 32;

function run(job: LoadJob, durationSec: number, onLatency?: (ms: number) => void): Promise<{ result: AutocannonResult; graphqlErrors: number }> {
  let graphqlErrors = 0;
  let largeBodies = 0;
  // `length` is known without the copy: only the bodies looked into pay for it.
  const checked = (body: string) => body.length <= fullCheckBytes || largeBodies++ % largeCheckEvery === 0;
  let nonce = 0;
  const requests: AutocannonRequest[] = job.bodies.map((body) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body,
    onResponse: (status, responseBody) => {
      if (status === 200 && checked(responseBody) && responseBody.includes('"errors":')) graphqlErrors += 1;
    },
    ...(job.distinct ? { setupRequest: (request) => ({ ...request, body: withNonce(body, nonce++) }) } : {}),
  }));
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: job.url, connections: job.connections, duration: durationSec, timeout: job.timeoutSec, requests }, (error, result) =>
      error ? reject(error) : resolve({ result, graphqlErrors }),
    );
    if (onLatency) instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => onLatency(responseTime));
  });
}

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadJob;

  if (job.warmupSec > 0) await run(job, job.warmupSec);

  const samples: Array<[at: number, ms: number]> = [];
  const started = performance.now();
  const { result, graphqlErrors } = await run(job, job.durationSec, (ms) => samples.push([performance.now() - started, ms]));
  const elapsedMs = performance.now() - started;
  const third = elapsedMs / 3;
  const out: LoadResult = {
    requests: samples.length,
    durationSec: elapsedMs / 1000,
    requestsPerSecond: (samples.length * 1000) / elapsedMs,
    latency: summarize(samples.map(([, ms]) => ms)),
    latencyByThird: [0, 1, 2].map((i) => summarize(samples.filter(([at]) => at >= i * third && (i === 2 || at < (i + 1) * third)).map(([, ms]) => ms))),
    non2xx: result.non2xx,
    graphqlErrors,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
