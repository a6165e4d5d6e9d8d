/**
 * The API as users run it: built (`npm run build`) and started as its own
 * process exactly as `npm start` starts it (`node dist/src/main.js`), its
 * configuration in the environment. The server seeds an empty graph from
 * SEED_DIR itself, so the time to its first "listening" line includes the
 * load. Its memory is read from /proc, where the kernel keeps the peak.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root.js';

export interface ServerProcess {
  url: string;
  pid: number;
  /** From spawn to the server's "listening" line: module loading, engine start, seeding an empty graph. */
  readyMs: number;
  /** Resident memory now and at its peak (VmRSS, VmHWM); undefined where /proc is not there. */
  memory(): { rss: number; peakRss: number } | undefined;
  close(): Promise<void>;
}

/** `main.ts` prints this once the API serves. */
const listening = /API on [^:]+: (http:\/\/\S+\/graphql)/;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** `npm run build`, as `npm start`'s prestart does. */
export async function buildServer(): Promise<void> {
  await run('npm', ['run', 'build', '--silent']);
}

function procMemory(pid: number): { rss: number; peakRss: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `node dist/src/main.js` with `env` and resolves once it serves; its output goes to this process's stderr. */
export async function startServerProcess(env: NodeJS.ProcessEnv, startTimeoutMs = 30 * 60_000): Promise<ServerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join('dist', 'src', 'main.js')], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = listening.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before serving: ${out.trim().slice(-500)}`));
    });
  });
  const readyMs = performance.now() - started;
  // Keep draining its output, so a chatty server never blocks on a full pipe.
  child.stdout!.resume();
  return {
    url,
    pid: child.pid!,
    readyMs,
    memory: () => procMemory(child.pid!),
    close: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
