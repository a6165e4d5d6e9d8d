/**
 * The generator's promises: the same seed gives the same bytes, another
 * seed gives other data, and what it writes passes the loader's own checks
 * (schema, references, verbatim quotes, metric units).
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedFolder } from '../../src/seed/read-seed.js';
import { validateSeed } from '../../src/seed/validate-seed.js';
import { transformSeed } from '../../src/seed/transform-seed.js';
import { searchGramsAndMetricCopies } from '../../src/engines/derived-properties.js';
import { generateDataset } from './generate.js';

const folders: string[] = [];

async function generate(seed: number, vendors = 40): Promise<string> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'bench-generate-'));
  folders.push(out);
  await generateDataset({ vendors, seed, out, vendorsPerFile: 15, validate: false });
  return out;
}

async function contents(folder: string): Promise<Map<string, string>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return new Map(
    await Promise.all(
      files.map(async (f) => [path.relative(folder, path.join(f.parentPath, f.name)), await readFile(path.join(f.parentPath, f.name), 'utf8')] as const),
    ),
  );
}

afterAll(async () => {
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

describe('generate', () => {
  it('writes the same files for the same seed, and other data for another seed', async () => {
    const [a, b, c] = await Promise.all([generate(7), generate(7), generate(8)]);
    const [filesA, filesB, filesC] = await Promise.all([contents(a), contents(b), contents(c)]);
    expect([...filesA.keys()].sort()).toEqual([...filesB.keys()].sort());
    for (const [name, text] of filesA) expect(filesB.get(name), name).toBe(text);
    expect(filesC.get('documents/batch-0001.json')).not.toBe(filesA.get('documents/batch-0001.json'));
  });

  it('writes data the loader accepts, shaped like the real seed', async () => {
    const folder = await generate(1);
    const seed = await readSeedFolder(folder);
    validateSeed(seed);
    const steps = transformSeed(seed, searchGramsAndMetricCopies);
    const rows = (name: string) => steps.find((s) => s.statement === `seed/merge-${name}`)!.rows.length;
    expect(rows('vendors')).toBe(40);
    expect(rows('services')).toBeGreaterThan(100);
    expect(rows('implements') / rows('services')).toBeGreaterThan(8);
    expect(rows('depends-on')).toBeGreaterThan(0);
    expect(seed.sources.size).toBe(40);
    const disclosures = seed.files.flatMap((f) => f.data.disclosures);
    expect(disclosures.some((d) => d.metrics.some((m) => m.name === 'dataDeletionDays'))).toBe(true);
    expect(disclosures.every((d) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(d.evidence.quote))).toBe(true);
  });
});
