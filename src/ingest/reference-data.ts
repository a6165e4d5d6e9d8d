/** The reference records a draft may point at (seed/reference/*.json): regions, time sources, schemes, controls. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/project-root.js';
import { seedFileSchema, type SeedFile } from '../seed/seed-schema.js';

let cached: SeedFile | undefined;

export function referenceData(): SeedFile {
  if (cached) return cached;
  const dir = path.join(projectRoot, 'seed', 'reference');
  const merged = seedFileSchema.parse({});
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const data = seedFileSchema.parse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    for (const key of Object.keys(merged) as Array<keyof SeedFile>) {
      const list = merged[key];
      if (Array.isArray(list)) (list as unknown[]).push(...(data[key] as unknown[]));
    }
  }
  cached = merged;
  return merged;
}
