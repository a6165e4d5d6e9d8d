/**
 * A seed folder's document files load side by side (GraphDatabase.bulkLoad:
 * two at a time on the embedded engine), each in its own transaction. The
 * graph they leave is the one a load of one file at a time leaves, every
 * file's commit advances the graph version, and a file that fails only
 * while another loads beside it is tried again alone and loads.
 */
import { expect, it } from 'vitest';
import type { BulkLoad, GraphDatabase } from '../src/db/graph-database.js';
import { graphVersionFrom, readGraphVersion } from '../src/db/graph-version.js';
import { importSeedFolder } from '../src/queries/curation/import-seed.js';
import { coreDatabase } from './support/core-database.js';
import { seedDir } from './support/seed-copy.js';
import { statementFixture } from './support/statement-fixtures.js';
import { describeOnEngines, useEmptyEngine } from './support/test-engines.js';

/** `db` with its bulk loads' transactions run as `transaction` says, `concurrency` at a time. */
function withBulkLoad(db: GraphDatabase, concurrency: number, transaction: (load: BulkLoad) => BulkLoad['transaction'] = (load) => load.transaction) {
  return coreDatabase(db, { bulkLoad: (work) => db.bulkLoad((load) => work({ concurrency, transaction: transaction(load) })) });
}

describeOnEngines('Seed loads, document files side by side', (engine) => {
  const opened = useEmptyEngine(engine);

  /** The whole graph as sorted lines, the graph version's node left out. */
  const graphDump = async () => {
    const nodes = await opened.db.read(statementFixture('graph-nodes'));
    const relationships = await opened.db.read(statementFixture('graph-relationships'));
    const line = (row: object) =>
      JSON.stringify(row, (_, value) =>
        value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort()) : value,
      );
    return { nodes: nodes.map(line).sort(), relationships: relationships.map(line).sort() };
  };
  const loadFresh = async (db: GraphDatabase) => {
    await engine.empty();
    const summary = await importSeedFolder(db, seedDir, opened.profile.derived, { batchSize: 50 });
    expect(summary.failed).toEqual([]);
    expect(summary.loaded).toBe(5);
    return graphDump();
  };

  it('leaves the graph a load of one file at a time leaves', async () => {
    const oneAtATime = await loadFresh(withBulkLoad(opened.db, 1));
    const sideBySide = await loadFresh(withBulkLoad(opened.db, 3));
    expect(sideBySide.nodes.length).toBeGreaterThan(100);
    expect(sideBySide.relationships.length).toBeGreaterThan(300);
    expect(sideBySide).toEqual(oneAtATime);
  });

  it('advances the graph version once per committed file, and keeps the version it serves equal to the stored one', async () => {
    const before = await opened.db.graphVersion();
    const summary = await importSeedFolder(opened.db, seedDir, opened.profile.derived);
    const after = await opened.db.graphVersion();
    // The reference files and the portfolios commit one transaction each, beside the five document files.
    expect(after.counter - before.counter).toBe(summary.loaded + 1 + (summary.portfolios > 0 ? 1 : 0));
    expect(graphVersionFrom(await opened.db.read(readGraphVersion))).toEqual(after);
  });

  it('tries a file that failed beside another again alone, and it loads', async () => {
    const expected = await loadFresh(opened.db);
    let open = 0;
    const failedBeside: number[] = [];
    const flaky = withBulkLoad(opened.db, 2, (load) => async (work) => {
      open += 1;
      try {
        return await load.transaction(async (tx) => {
          const result = await work(tx);
          // As the engine fails the later of two transactions that write one node: after this one wrote everything.
          if (open > 1 && failedBeside.length === 0) {
            failedBeside.push(open);
            throw new Error('write-write conflict (injected)');
          }
          return result;
        });
      } finally {
        open -= 1;
      }
    });
    expect(await loadFresh(flaky)).toEqual(expected);
    expect(failedBeside).toEqual([2]);
  });
});
