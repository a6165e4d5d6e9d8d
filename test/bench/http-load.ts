/** Starts load-client.ts in a child process for one load job and returns its result. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';
import type { LoadJob, LoadResult } from './load-client.js';

const clientScript = path.join(projectRoot, 'test', 'bench', 'load-client.ts');

export function runHttpLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', clientScript], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = stdout.trim().split('\n').at(-1);
      if (code !== 0 || !line) return reject(new Error(`load client exited with ${code}`));
      try {
        resolve(JSON.parse(line) as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(JSON.stringify(job));
  });
}
