/**
 * The real server process on a persistent graph (the embedded engine's
 * GRAPH_DATA_DIR, or the Neo4j database): SIGTERM shuts it down cleanly,
 * and a restart on the same graph finds it as it was (no lost writes, no
 * second seeding).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectRoot } from '../src/config/project-root.js';
import { GraphQLClient } from './support/graphql-client.js';
import { describeOnEngines, type EngineTarget } from './support/test-engines.js';

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

/** Where the server keeps its graph: a folder for the embedded engine, the test database on Neo4j. */
function graphEnv(engine: EngineTarget, dataDir: string): Record<string, string> {
  return engine.name === 'embedded' ? { GRAPH_DATA_DIR: dataDir, NEO4J_URI: '' } : { GRAPH_DATA_DIR: '', ...engine.env };
}

function startServer(graph: Record<string, string>): Promise<Started> {
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

const countsQuery = '{ vendors { totalCount } services { totalCount } controls { totalCount } service(id: "goooon") { disclosures { id } } }';

describeOnEngines('a persistent graph', (engine) => {
  // Made when the suite runs, not when it is collected: a skipped suite runs no hook that would remove it.
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'graph-data-'));
    await engine.empty();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('survives SIGTERM and a restart on the same graph', async () => {
    const first = await startServer(graphEnv(engine, dataDir));
    const before = await new GraphQLClient(first.url).data(countsQuery);
    expect(first.output()).toContain('seeded an empty graph');
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(first.output()).toContain('"message":"stopped"');
    if (engine.name === 'embedded') expect(readdirSync(dataDir)).toContain('graph.grafeo');

    const second = await startServer(graphEnv(engine, dataDir));
    try {
      const after = await new GraphQLClient(second.url).data(countsQuery);
      expect(after).toEqual(before);
      expect(second.output()).not.toContain('seeded an empty graph');
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);
    }
  });
});
