/**
 * Durability of acknowledged writes on the embedded engine with
 * GRAPH_DATA_DIR: the real server process takes a stream of mutations,
 * gets SIGTERM in the middle of it, and a restart on the same folder finds
 * every write that was acknowledged, and no write half-applied (each
 * vendor is there exactly when its change record is).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from './support/graphql-client.js';
import { startServer } from './support/server-process.js';

describe('acknowledged writes survive SIGTERM on the embedded engine', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'graph-durability-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write across a SIGTERM during a stream of writes', async () => {
    const env = { GRAPH_DATA_DIR: dataDir, NEO4J_URI: '' };
    const first = await startServer(env);
    const client = new GraphQLClient(first.url);
    const acknowledged: string[] = [];
    const attempted: string[] = [];
    let stopped = false;

    const writer = async (lane: number) => {
      for (let i = 0; !stopped; i++) {
        const id = `durable-${lane}-${i}`;
        attempted.push(id);
        try {
          const result = await client.request(`mutation($id: ID!) { upsertVendor(input: { id: $id, name: "耐久テスト" }) { version } }`, { id });
          if (result.errors) stopped = true;
          else acknowledged.push(id);
        } catch {
          // The server has stopped listening: the stream ends.
          stopped = true;
        }
      }
    };
    const lanes = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill('SIGTERM');
    await Promise.all(lanes);
    expect(await first.exit).toBe(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const second = await startServer(env);
    try {
      const reader = new GraphQLClient(second.url);
      const found = await reader.data(`query($ids: [ID!]!) { vendorsByIds: vendors(where: { id: { in: $ids } }, first: 100) { totalCount } }`, {
        ids: acknowledged.slice(0, 100),
      });
      expect(found.vendorsByIds.totalCount).toBe(Math.min(100, acknowledged.length));
      for (const id of attempted) {
        const state = await reader.data(`query($id: ID!) { vendor(id: $id) { id } history(id: $id) { operation } }`, { id });
        if (acknowledged.includes(id)) expect(state.vendor, id).toEqual({ id });
        // All or nothing: the vendor exists exactly when its change was recorded.
        expect(state.history.length, id).toBe(state.vendor ? 1 : 0);
      }
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exit).toBe(0);
    }
  });
});
