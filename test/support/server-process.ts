/** The real server process (`src/main.ts`), started on a free port with the given environment, for tests of start-up, shut-down and restarts. */
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../src/config/project-root.js';
import type { EngineTarget } from './test-engines.js';

export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

/** Where the server keeps its graph: a folder for the embedded engine, the test database on Neo4j. */
export function graphEnv(engine: EngineTarget, dataDir: string): Record<string, string> {
  return engine.name === 'embedded' ? { GRAPH_DATA_DIR: dataDir, NEO4J_URI: '' } : { GRAPH_DATA_DIR: '', ...engine.env };
}

export function startServer(graph: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...graph, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', LOG_LEVEL: 'info', SEED_ON_EMPTY: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = output.match(/(http:\/\/localhost:\d+\/graphql)/);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output, exit });
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', () => reject(new Error(`server exited early:\n${output}`)));
  });
}
