/**
 * The real server process on a persistent GRAPH_DATA_DIR: SIGTERM shuts it
 * down cleanly, and a restart on the same folder finds the graph as it was
 * (no lost writes, no second seeding).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from './support/graphql-client.js';
import { startServer as startOn } from './support/server-process.js';

const startServer = (dataDir: string) => startOn({ GRAPH_DATA_DIR: dataDir });

const countsQuery = '{ vendors { totalCount } services { totalCount } controls { totalCount } service(id: "goooon") { disclosures { id } } }';

describe('persistent embedded graph', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'graph-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('survives SIGTERM and a restart on the same folder', async () => {
    const first = await startServer(dataDir);
    const before = await new GraphQLClient(first.url).data(countsQuery);
    expect(first.output()).toContain('seeded an empty graph');
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(first.output()).toContain('"message":"stopped"');
    expect(readdirSync(dataDir)).toContain('graph.grafeo');

    const second = await startServer(dataDir);
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
