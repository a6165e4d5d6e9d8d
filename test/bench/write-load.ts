/**
 * Writes (`--writes`): single-fact mutations per second, whole-document
 * imports per second, and the question mix's read latency with and without a
 * writer running beside it. The writer is one client in the server's process,
 * one mutation at a time (each mutation is one transaction); the read load is
 * autocannon in a child process, as for the questions.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { SignJWT } from 'jose';
import { projectRoot } from '../../src/config/project-root.js';
import { seedFileSchema } from '../../src/seed/seed-schema.js';
import type { ControlInfo } from './disclosure-templates.js';
import { runHttpLoad } from './http-load.js';
import type { LoadResult } from './load-client.js';
import type { Question } from './question-set.js';
import { defaultShape } from './sizes.js';
import { mixBodies } from './soak.js';
import { summarize, type LatencySummary } from './stats.js';
import { syntheticVendor } from './synthetic-vendor.js';
import { buildSkeleton } from './vendor-skeleton.js';

export interface WriteRate {
  mutation: string;
  writes: number;
  errors: number;
  firstError?: string | undefined;
  durationSec: number;
  perSecond: number;
  latency: LatencySummary;
}

export interface WriteResult {
  singleFact: WriteRate;
  importDocument: WriteRate & { factsPerDocument: number };
  readsAlone: LoadResult;
  readsWhileWriting: LoadResult;
  /** The single-fact writer that ran beside the reads. */
  writerDuringReads: WriteRate;
}

/** A random HS256 secret for the in-process server, and an admin token signed with it. */
export async function benchAuth(): Promise<{ secret: string; token: string }> {
  const secret = crypto.randomUUID() + crypto.randomUUID();
  const token = await new SignJWT({ roles: ['reader', 'editor', 'admin'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('bench-writer')
    .setExpirationTime('2h')
    .sign(new TextEncoder().encode(secret));
  return { secret, token };
}

async function mutate(url: string, token: string, query: string, variables: object): Promise<{ ms: number; error?: string }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 || text.includes('"errors":')) return { ms, error: `HTTP ${response.status}: ${text.slice(0, 300)}` };
  return { ms };
}

/** Runs `next(i)` one at a time until `stop()` says so; the rate and latency of what it did. */
async function writerLoop(mutation: string, next: (i: number) => Promise<{ ms: number; error?: string }>, stop: (i: number, elapsedMs: number) => boolean) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  for (let i = 0; !stop(i, performance.now() - started); i++) {
    const r = await next(i);
    latencies.push(r.ms);
    if (r.error) {
      errors += 1;
      firstError ??= r.error;
    }
  }
  const durationSec = (performance.now() - started) / 1000;
  return { mutation, writes: latencies.length, errors, firstError, durationSec, perSecond: latencies.length / durationSec, latency: summarize(latencies) };
}

const documentText = 'Bench Cloud セキュリティホワイトペーパー\n1. データの保管場所\nお客様のデータは各リージョンに保管されます。\n';
const linkInfrastructure = `mutation($input: InfrastructureUsageInput!) { linkInfrastructure(input: $input) { targetId version } }`;

async function regionIds(): Promise<string[]> {
  const folder = path.join(projectRoot, 'seed', 'reference');
  const ids: string[] = [];
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.json')).sort()) {
    const file = seedFileSchema.parse(JSON.parse(await readFile(path.join(folder, name), 'utf8')));
    ids.push(...file.regions.map((r) => r.id));
  }
  return ids;
}

async function controls(): Promise<ControlInfo[]> {
  const folder = path.join(projectRoot, 'seed', 'reference');
  const out: ControlInfo[] = [];
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.json')).sort()) {
    const file = seedFileSchema.parse(JSON.parse(await readFile(path.join(folder, name), 'utf8')));
    out.push(...file.controls.map((c) => ({ id: c.id, code: c.code, title: c.title, titleEn: c.titleEn })));
  }
  return out;
}

/** A vendor, a service and a registered document for the single-fact writes; then `linkInfrastructure(i)` cycles over the regions. */
async function singleFactWriter(url: string, token: string): Promise<(i: number) => Promise<{ ms: number; error?: string }>> {
  const setup = [
    [`mutation { upsertVendor(input: { id: "bench-vendor", name: "Bench Cloud 株式会社" }) { version } }`, {}],
    [`mutation { upsertService(input: { id: "bench-service", name: "Bench Cloud", vendor: "bench-vendor" }) { version } }`, {}],
    [
      `mutation($input: RegisterDocumentInput!) { registerDocument(input: $input) { id } }`,
      {
        input: {
          id: 'bench-whitepaper',
          vendor: 'bench-vendor',
          title: 'Bench Cloud セキュリティホワイトペーパー',
          version: '1.0',
          publishedOn: '2025-04-01',
          publisher: 'Bench Cloud 株式会社',
          text: documentText,
        },
      },
    ],
  ] as const;
  for (const [query, variables] of setup) {
    const r = await mutate(url, token, query, variables);
    if (r.error) throw new Error(`write set-up failed: ${r.error}`);
  }
  const regions = await regionIds();
  return (i) =>
    mutate(url, token, linkInfrastructure, {
      input: {
        service: 'bench-service',
        region: regions[i % regions.length],
        basis: 'STATED',
        evidence: { document: 'bench-whitepaper', section: '1. データの保管場所', quote: 'リージョンに保管されます' },
      },
    });
}

/**
 * Documents of generated vendors, each a seed file with exactly one document: the vendors of the loaded size,
 * drawn again by the generator (same skeleton), so sub-processors exist. Importing one re-states its facts.
 */
async function generatedDocuments(vendorCount: number, seed: number, count: number): Promise<Array<{ file: object; text: string; facts: number }>> {
  const skeleton = buildSkeleton(vendorCount, seed, defaultShape);
  const context = { seed, shape: defaultShape, skeleton, controls: await controls() };
  return skeleton.vendors.slice(0, Math.min(count, skeleton.vendors.length)).map((vendor) => {
    const v = syntheticVendor(vendor, context);
    const r = v.records;
    const facts = r.usesInfra.length + r.storesDataIn.length + r.dependsOn.length + r.certifiedBy.length + r.syncsTimeWith.length + r.disclosures.length;
    return { file: r, text: v.sourceText, facts };
  });
}

export async function runWrites(
  url: string,
  token: string,
  questions: Question[],
  o: { durationSec: number; connections: number; vendorCount: number; seed: number },
): Promise<WriteResult> {
  const until = (sec: number) => (_i: number, elapsedMs: number) => elapsedMs >= sec * 1000;

  console.log(`  single-fact writes (linkInfrastructure) for ${o.durationSec} s …`);
  const next = await singleFactWriter(url, token);
  const singleFact = await writerLoop('linkInfrastructure', next, until(o.durationSec));

  console.log(`  importDocument of generated vendors for ${o.durationSec} s …`);
  const documents = await generatedDocuments(o.vendorCount, o.seed, 200);
  const importQuery = `mutation($file: JSONObject!, $text: String) { importDocument(file: $file, text: $text) { __typename } }`;
  // The real seed (small) has no generator draw to import: no import is measured there.
  const imported = await writerLoop(
    'importDocument',
    (i) => mutate(url, token, importQuery, { file: documents[i % documents.length]!.file, text: documents[i % documents.length]!.text }),
    (i, elapsedMs) => documents.length === 0 || until(o.durationSec)(i, elapsedMs),
  );
  const factsPerDocument = documents.reduce((n, d) => n + d.facts, 0) / Math.max(1, documents.length);

  const job = { url, connections: o.connections, timeoutSec: 60, bodies: mixBodies(questions), warmupSec: 0 };
  console.log(`  the question mix alone for ${o.durationSec} s …`);
  await runHttpLoad({ ...job, durationSec: Math.min(2, o.durationSec) });
  const readsAlone = await runHttpLoad({ ...job, durationSec: o.durationSec });

  console.log(`  the question mix with a single-fact writer beside it for ${o.durationSec} s …`);
  let done = false;
  const writer = writerLoop(
    'linkInfrastructure',
    (i) => next(i + singleFact.writes),
    () => done,
  );
  const readsWhileWriting = await runHttpLoad({ ...job, durationSec: o.durationSec }).finally(() => (done = true));
  const writerDuringReads = await writer;

  return { singleFact, importDocument: { ...imported, factsPerDocument }, readsAlone, readsWhileWriting, writerDuringReads };
}
