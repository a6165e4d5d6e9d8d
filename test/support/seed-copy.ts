/** The real seed, and throw-away copies of it with one file changed, for the tests of bad input. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';

export const seedDir = path.join(projectRoot, 'seed');

/**
 * Runs `use` on a temporary copy of seed/ in which `file` (relative to the
 * seed folder, JSON) was edited by `change`; removes the copy afterwards.
 */
export async function withChangedSeedCopy<T>(file: string, change: (data: any) => void, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  try {
    cpSync(seedDir, dir, { recursive: true });
    const target = path.join(dir, file);
    const data = JSON.parse(readFileSync(target, 'utf8'));
    change(data);
    writeFileSync(target, JSON.stringify(data));
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
