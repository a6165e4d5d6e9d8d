/**
 * The graph version through the database port: every committed write
 * transaction advances it by one, a rolled-back one and a schema command
 * leave it, and it is kept in the graph (it survives closing and reopening
 * the embedded graph file).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDatabase } from '../src/db/graph-database.js';
import { EmbeddedDatabase } from '../src/db/embedded-database.js';
import { statementFixture } from './support/statement-fixtures.js';
import { describeOnEngines } from './support/test-engines.js';

describeOnEngines('Graph version', (engine) => {
  let db: GraphDatabase;
  beforeAll(async () => {
    await engine.empty();
    db = engine.open().db;
  });
  afterAll(() => db?.close());

  it('advances once per committed write transaction, and not for a rollback or a schema command', async () => {
    const start = await db.graphVersion();
    await db.write(statementFixture('create-vendor'), { id: 'gv-1' });
    expect(await db.graphVersion()).toEqual({ counter: start.counter + 1, since: expect.any(Number) });
    await db.transaction(async (tx) => {
      await tx.run(statementFixture('create-vendor'), { id: 'gv-2' });
      await tx.run(statementFixture('create-vendor'), { id: 'gv-3' });
    });
    const afterTwo = await db.graphVersion();
    expect(afterTwo.counter).toBe(start.counter + 2);

    await expect(
      db.transaction(async (tx) => {
        await tx.run(statementFixture('create-vendor'), { id: 'gv-4' });
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    await db.changeSchema({
      name: 'test/vendor-id-constraint',
      text: 'CREATE CONSTRAINT vendor_id IF NOT EXISTS FOR (n:Vendor) REQUIRE n.id IS UNIQUE',
      params: [],
    });
    expect(await db.graphVersion()).toEqual(afterTwo);
  });
});

describe('Graph version of an embedded graph file', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'graph-version-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is kept in the file: a reopened graph goes on from where it was', async () => {
    const first = EmbeddedDatabase.open(dataDir);
    expect(await first.graphVersion()).toEqual({ counter: 0, since: 0 });
    await first.write(statementFixture('create-vendor'), { id: 'kept-1' });
    await first.write(statementFixture('create-vendor'), { id: 'kept-2' });
    const written = await first.graphVersion();
    expect(written.counter).toBe(2);
    await first.close();

    const reopened = EmbeddedDatabase.open(dataDir);
    try {
      expect(await reopened.graphVersion()).toEqual(written);
      await reopened.write(statementFixture('create-vendor'), { id: 'kept-3' });
      expect(await reopened.graphVersion()).toEqual({ counter: 3, since: written.since });
    } finally {
      await reopened.close();
    }
  });
});
