/** The real server process (`src/main.ts` through tsx), as an operator starts it, with its output and exit. */
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../src/config/project-root.js';
import type { EngineTarget } from './test-engines.js';

export interface ServerProcess {
  child: ChildProcess;
  output(): string;
  /** Exit code, or the signal's name when a signal ended it. */
  exit: Promise<number | string>;
}

export interface StartedServer extends ServerProcess {
  url: string;
}

/** Where the server keeps its graph: a folder for the embedded engine, the test database on Neo4j. */
export function graphEnv(engine: EngineTarget, dataDir: string): Record<string, string> {
  return engine.name === 'embedded' ? { GRAPH_DATA_DIR: dataDir, NEO4J_URI: '' } : { GRAPH_DATA_DIR: '', ...engine.env };
}

/** The embedded engine in memory on a free loopback port, whatever the caller's environment says, plus `env`. */
export function spawnServer(env: Record<string, string> = {}): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'info', NEO4J_URI: '', GRAPH_DATA_DIR: '', SEED_DIR: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return { child, output: () => output, exit };
}

/** Resolves once the server says where it serves (after seeding); fails if it exits first. */
export function startServer(env: Record<string, string> = {}): Promise<StartedServer> {
  const server = spawnServer(env);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${server.output()}`)), 60_000);
    const check = () => {
      const match = server.output().match(/API on [^:]+: (http:\/\/localhost:\d+\/graphql)/);
      if (match) {
        clearTimeout(timer);
        resolve({ ...server, url: match[1]! });
      }
    };
    server.child.stdout!.on('data', check);
    void server.exit.then(() => reject(new Error(`server exited early:\n${server.output()}`)));
  });
}

/** Runs a server expected to stop on its own (a start-up failure): its exit code, its output, and how long it ran. */
export async function runUntilExit(env: Record<string, string>): Promise<{ code: number | string; output: string; ms: number }> {
  const started = performance.now();
  const server = spawnServer(env);
  const code = await server.exit;
  return { code, output: server.output(), ms: performance.now() - started };
}
