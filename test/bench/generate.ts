/**
 * Writes a synthetic seed folder shaped like `seed/`, for the benchmark.
 *
 *   npm run generate -- --size medium             # 1,000 vendors → data/generated/medium/
 *   npm run generate -- --size large --seed 7     # 10,000 vendors, another (still deterministic) draw
 *   npm run generate -- --vendors 250 --out /tmp/g
 *   npm run generate -- --size small              # copies the real seed
 *
 * Layout: reference/*.json (copies of seed/reference plus
 * generated-infrastructure.json), documents/batch-NNNN.json (one per
 * --vendors-per-file vendors), sources/<vendor>.txt (one per vendor), and
 * generated-by.md, written last: a folder without it is incomplete.
 * The same --seed and --vendors always give byte-identical files.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../src/config/project-root.js';
import { readSeedFolder } from '../../src/seed/read-seed.js';
import { validateSeed } from '../../src/seed/validate-seed.js';
import { transformSeed } from '../../src/seed/transform-seed.js';
import { searchGramsAndMetricCopies } from '../../src/engines/derived-properties.js';
import { seedFileSchema, type SeedFile } from '../../src/seed/seed-schema.js';
import { defaultFolderFor, defaultShape, defaultVendorsPerFile, isSizeName, maxFileBytes, sizeNames, sizes, type SizeName } from './sizes.js';
import { buildSkeleton } from './vendor-skeleton.js';
import { emptyRecords, syntheticVendor, type GenerationContext, type VendorRecords } from './synthetic-vendor.js';
import { generatedInfrastructureFile } from './generated-reference.js';
import type { ControlInfo } from './disclosure-templates.js';

export const completeMarker = 'generated-by.md';
const seedFolder = path.join(projectRoot, 'seed');

export interface GenerateOptions {
  size?: SizeName | undefined;
  /** Synthetic vendors; undefined with size small copies the real seed. */
  vendors?: number | undefined;
  seed: number;
  out: string;
  vendorsPerFile: number;
  validate: boolean;
  /** Print progress (the CLI does; the tests do not). */
  progress?: boolean;
}

type Counts = Record<string, number>;

function add(counts: Counts, key: string, n: number): void {
  counts[key] = (counts[key] ?? 0) + n;
}

/** Nodes and relationships the loader will create from these records (reference data included). */
function tally(counts: Counts, r: Partial<SeedFile>): void {
  add(counts, 'nodes:Vendor', r.vendors?.length ?? 0);
  add(counts, 'nodes:Service', r.services?.length ?? 0);
  add(counts, 'nodes:Document', r.documents?.length ?? 0);
  add(counts, 'nodes:DocumentRevision', r.documents?.reduce((n, d) => n + d.revisions.length, 0) ?? 0);
  add(counts, 'nodes:Region', r.regions?.length ?? 0);
  add(counts, 'nodes:Country', r.countries?.length ?? 0);
  add(counts, 'nodes:Control', r.controls?.length ?? 0);
  add(counts, 'rels:PROVIDES', r.services?.filter((s) => s.vendor).length ?? 0);
  add(counts, 'rels:PUBLISHED', r.documents?.length ?? 0);
  add(counts, 'rels:HAS_REVISION', r.documents?.reduce((n, d) => n + d.revisions.length, 0) ?? 0);
  add(counts, 'rels:OPERATED_BY', r.regions?.length ?? 0);
  add(counts, 'rels:LOCATED_IN', r.regions?.filter((g) => g.country).length ?? 0);
  add(counts, 'rels:PART_OF', r.controls?.length ?? 0);
  add(counts, 'rels:USES_INFRA', r.usesInfra?.length ?? 0);
  add(counts, 'rels:STORES_DATA_IN', r.storesDataIn?.length ?? 0);
  add(counts, 'rels:DEPENDS_ON', r.dependsOn?.length ?? 0);
  add(counts, 'rels:CERTIFIED_BY', r.certifiedBy?.length ?? 0);
  add(counts, 'rels:IMPLEMENTS', r.disclosures?.length ?? 0);
  add(counts, 'rels:SYNCS_TIME_WITH', r.syncsTimeWith?.length ?? 0);
  add(counts, 'metrics', r.disclosures?.reduce((n, d) => n + d.metrics.length, 0) ?? 0);
}

async function referenceFiles(folder: string): Promise<Array<{ name: string; data: SeedFile }>> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.json')).sort();
  // Parsed by the seed schema, so omitted sections come back as the empty lists the counts expect.
  return Promise.all(names.map(async (name) => ({ name, data: seedFileSchema.parse(JSON.parse(await readFile(path.join(folder, name), 'utf8'))) })));
}

function markerText(options: GenerateOptions, counts: Counts, files: number, bytes: number): string {
  const relationships = Object.entries(counts)
    .filter(([k]) => k.startsWith('rels:'))
    .reduce((n, [, v]) => n + v, 0);
  const command =
    options.vendors === undefined
      ? `npm run generate -- --size small`
      : `npm run generate -- --vendors ${options.vendors} --seed ${options.seed} --vendors-per-file ${options.vendorsPerFile}`;
  return [
    `# Generated data (${options.size ?? 'custom'})`,
    '',
    'Synthetic benchmark data, not real vendors. Written by `test/bench/generate.ts`; this file is written last, so a folder without it is incomplete.',
    '',
    `- command: \`${command}\``,
    `- seed: ${options.seed}`,
    `- files: ${files} JSON, ${(bytes / 1e6).toFixed(1)} MB in total (documents and sources)`,
    `- relationships: ${relationships.toLocaleString('en-US')}`,
    '',
    '| count | value |',
    '| --- | ---: |',
    ...Object.entries(counts).map(([k, v]) => `| ${k} | ${v.toLocaleString('en-US')} |`),
    '',
  ].join('\n');
}

export async function generateDataset(options: GenerateOptions): Promise<Counts> {
  await rm(options.out, { recursive: true, force: true });
  await mkdir(path.join(options.out, 'reference'), { recursive: true });
  await mkdir(path.join(options.out, 'documents'), { recursive: true });
  await mkdir(path.join(options.out, 'sources'), { recursive: true });
  const counts: Counts = {};
  let files = 0;
  let bytes = 0;

  // Reference data: the real catalog, providers and regions, always.
  await cp(path.join(seedFolder, 'reference'), path.join(options.out, 'reference'), { recursive: true });
  const reference = await referenceFiles(path.join(seedFolder, 'reference'));
  for (const { data } of reference) tally(counts, data);

  if (options.vendors === undefined) {
    // small: the real seed, as is.
    await cp(path.join(seedFolder, 'documents'), path.join(options.out, 'documents'), { recursive: true });
    await cp(path.join(seedFolder, 'sources'), path.join(options.out, 'sources'), { recursive: true });
    for (const { data } of await referenceFiles(path.join(seedFolder, 'documents'))) tally(counts, data);
  } else {
    const extra = generatedInfrastructureFile();
    await writeFile(path.join(options.out, 'reference', 'generated-infrastructure.json'), `${JSON.stringify(extra, null, 2)}\n`);
    tally(counts, extra);
    const catalog = reference.flatMap(({ data }) => data.controls ?? []);
    const controls: ControlInfo[] = catalog.map((c) => ({ id: c.id, code: c.code, title: c.title, titleEn: c.titleEn }));
    const skeleton = buildSkeleton(options.vendors, options.seed, defaultShape);
    const context: GenerationContext = { seed: options.seed, shape: defaultShape, skeleton, controls };

    for (let first = 0; first < skeleton.vendors.length; first += options.vendorsPerFile) {
      const batch = emptyRecords();
      for (const vendor of skeleton.vendors.slice(first, first + options.vendorsPerFile)) {
        const v = syntheticVendor(vendor, context);
        for (const key of Object.keys(batch) as Array<keyof VendorRecords>) (batch[key] as unknown[]).push(...v.records[key]);
        await writeFile(path.join(options.out, 'sources', v.sourceFile), v.sourceText);
        bytes += Buffer.byteLength(v.sourceText);
      }
      tally(counts, batch);
      const number = String(first / options.vendorsPerFile + 1).padStart(4, '0');
      const json = JSON.stringify({
        $comment: `Synthetic vendors ${first + 1}-${first + batch.vendors.length} (test/bench/generate.ts, seed ${options.seed}). Not real data.`,
        ...batch,
      });
      if (Buffer.byteLength(json) > maxFileBytes) throw new Error(`batch ${number} is ${Buffer.byteLength(json)} bytes; lower --vendors-per-file`);
      await writeFile(path.join(options.out, 'documents', `batch-${number}.json`), json);
      files += 1;
      bytes += Buffer.byteLength(json);
      const done = Math.min(first + options.vendorsPerFile, skeleton.vendors.length);
      if (!options.progress) continue;
      // A line per tenth when the output is a log file, an updating line on a terminal.
      if (process.stdout.isTTY) process.stdout.write(`\r  ${done} / ${skeleton.vendors.length} vendors`);
      else if (
        done === skeleton.vendors.length ||
        Math.floor((done * 10) / skeleton.vendors.length) > Math.floor(((done - options.vendorsPerFile) * 10) / skeleton.vendors.length)
      ) {
        console.log(`  ${done} / ${skeleton.vendors.length} vendors`);
      }
    }
    if (options.progress && process.stdout.isTTY) process.stdout.write('\n');
  }

  if (options.validate) {
    // The same checks the loader runs, so a generator bug fails here and not in the middle of a benchmark.
    const t = performance.now();
    const seed = await readSeedFolder(options.out);
    validateSeed(seed);
    transformSeed(seed, searchGramsAndMetricCopies);
    console.log(`  validated with the loader's read, validate and transform in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await writeFile(path.join(options.out, completeMarker), markerText(options, counts, files, bytes));
  return counts;
}

export function isComplete(folder: string): boolean {
  return existsSync(path.join(folder, completeMarker));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      vendors: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'vendors-per-file': { type: 'string', default: String(defaultVendorsPerFile) },
      'skip-validate': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (!values.size && !values.vendors)) {
    console.log(`Usage: npm run generate -- (--size ${sizeNames.join('|')} | --vendors N) [--seed N] [--out DIR] [--vendors-per-file N] [--skip-validate]`);
    for (const name of sizeNames) console.log(`  ${name}: ${sizes[name].description}`);
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  if (values.size && !isSizeName(values.size)) throw new Error(`--size must be one of ${sizeNames.join(', ')}`);
  const size = values.size as SizeName | undefined;
  const vendors = values.vendors !== undefined ? Number(values.vendors) : size ? sizes[size].vendors : undefined;
  if (vendors !== undefined && (!Number.isInteger(vendors) || vendors < 1)) throw new Error('--vendors must be a positive whole number');
  const seed = Number(values.seed);
  const vendorsPerFile = Number(values['vendors-per-file']);
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  if (!Number.isInteger(vendorsPerFile) || vendorsPerFile < 1) throw new Error('--vendors-per-file must be a positive whole number');
  const out = path.resolve(values.out ?? defaultFolderFor(size, vendors));

  console.log(
    `Generating ${vendors === undefined ? 'the real seed (copy)' : `${vendors} vendors`} into ${path.relative(process.cwd(), out) || out} (seed ${seed})`,
  );
  const started = performance.now();
  const counts = await generateDataset({ size, vendors, seed, out, vendorsPerFile, validate: !values['skip-validate'], progress: true });
  const relationships = Object.entries(counts)
    .filter(([k]) => k.startsWith('rels:'))
    .reduce((n, [, v]) => n + v, 0);
  console.log(
    `Done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts['nodes:Vendor']} vendors, ${counts['nodes:Service']} services, ` +
      `${counts['rels:IMPLEMENTS']} disclosures, ${relationships} relationships.`,
  );
}

// Run as a script (npm run generate), not when the benchmark imports generateDataset.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
