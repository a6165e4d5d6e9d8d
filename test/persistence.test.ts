/**
 * The real server process on a persistent graph (the embedded engine's
 * GRAPH_DATA_DIR, or the Neo4j database): SIGTERM shuts it down cleanly,
 * and a restart on the same graph finds it as it was (no lost writes, no
 * second seeding).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GraphQLClient } from './support/graphql-client.js';
import { graphEnv, startServer } from './support/server-process.js';
import { describeOnEngines } from './support/test-engines.js';

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
