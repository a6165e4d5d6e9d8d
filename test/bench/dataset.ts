/**
 * Finds the data set for a size, generating it first when it is missing or
 * incomplete. Generation runs in a child process, so its memory does not
 * count towards the benchmark's peak.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import { defaultFolderFor, type SizeName } from './sizes.js';
import { completeMarker, isComplete } from './generate.js';

export async function ensureDataset(size: SizeName, seed: number): Promise<string> {
  const folder = defaultFolderFor(size, undefined);
  if (isComplete(folder)) return folder;
  console.log(`No complete data set at ${path.relative(projectRoot, folder)} (no ${completeMarker}); generating it.`);
  const script = path.join(projectRoot, 'test', 'bench', 'generate.ts');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--size', size, '--seed', String(seed)], { cwd: projectRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generate.ts exited with ${code}`))));
  });
  if (!isComplete(folder)) throw new Error(`generation did not complete ${folder}`);
  return folder;
}
