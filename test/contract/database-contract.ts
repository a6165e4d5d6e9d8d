/**
 * The contract every database adapter must keep, written once and run on
 * each engine: the embedded one always, Neo4j where one can be reached.
 * Port behaviour, constraints, seed idempotence, rollback of a bad load,
 * and a GraphQL round trip over HTTP against the started server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-statement.js';
import type { EngineProfile } from '../../src/engines/engine-profile.js';
import { coreDatabase } from '../support/core-database.js';
import type { GraphDatabase, Row } from '../../src/db/graph-database.js';
import { nodeLabels } from '../../src/db/graph-model.js';
import { loadSeed, loadSteps } from '../../src/seed/load-seed.js';
import { SeedValidationError } from '../../src/seed/seed-error.js';
import { startTestApp } from '../support/start-test-app.js';
import { seedDir, withChangedSeedCopy } from '../support/seed-copy.js';
import { statementFixture as fixture } from '../support/statement-fixtures.js';
import { describeOn, type EngineTarget } from '../support/test-engines.js';

async function summary(db: GraphDatabase): Promise<Record<string, number>> {
  const rows = await db.read(cypher('admin/graph-summary'));
  return Object.fromEntries(rows.map((r: Row) => [`${r.kind}:${r.name}`, r.count as number]));
}

export function describeDatabaseContract(engine: EngineTarget): void {
  describeOn(engine, 'database contract', () => {
    let db: GraphDatabase;
    let profile: EngineProfile;

    beforeAll(async () => {
      ({ db, profile } = engine.open());
      await profile.prepare();
    });
    afterAll(async () => {
      await db?.close();
    });
    beforeEach(async () => {
      await db.write(fixture('delete-everything'));
    });

    describe('port', () => {
      it('returns plain JavaScript values: numbers, strings, lists, maps, no driver objects', async () => {
        const [row] = await db.read(fixture('echo-values'), { value: { nested: ['ok', 7] } });
        expect(row).toEqual({
          value: { nested: ['ok', 7] },
          integer: 42,
          float: 2.5,
          text: 'データ',
          flag: true,
          nothing: null,
          list: [1, 2, 3],
          map: { a: 1, b: 'x', c: [true] },
        });
        expect(typeof row!.integer).toBe('number');
      });

      it('flattens a whole node to its properties', async () => {
        await db.write(fixture('create-vendor'), { id: 'v-node' });
        const [row] = await db.read(fixture('vendor-node'), { id: 'v-node' });
        expect(row).toEqual({ vendor: { id: 'v-node' }, count: 1 });
      });

      it('refuses a parameter the statement does not declare, naming it and the file', async () => {
        await expect(db.read(fixture('echo-values'), { value: 1, typo: 2 })).rejects.toThrow(/does not declare parameter\(s\) \$typo/);
      });

      it('commits a transaction as a whole', async () => {
        await db.transaction(async (tx) => {
          await tx.run(fixture('create-vendor'), { id: 'v1' });
          await tx.run(fixture('create-vendor'), { id: 'v2' });
        });
        const [row] = await db.read(cypher('admin/count-nodes'));
        expect(row!.nodes).toBe(2);
      });

      it('rolls a transaction back when its work throws, leaving nothing behind', async () => {
        await expect(
          db.transaction(async (tx) => {
            await tx.run(fixture('create-vendor'), { id: 'v1' });
            throw new Error('abort');
          }),
        ).rejects.toThrow('abort');
        const [row] = await db.read(cypher('admin/count-nodes'));
        expect(row!.nodes).toBe(0);
      });

      it("serves a request's reads: all started together answer, each sees the writes committed before it, release leaves the engine open", async () => {
        const reads = db.requestReads();
        await db.write(fixture('create-vendor'), { id: 'v-before' });
        // Started together, as a request's loaders start them: every one answers, in whatever order the engine runs them.
        const together = await Promise.all([
          reads.read(fixture('vendor-node'), { id: 'v-before' }),
          reads.read(fixture('echo-values'), { value: 'x' }),
          reads.read(cypher('admin/count-nodes')),
        ]);
        expect(together.map((rows) => rows.length)).toEqual([1, 1, 1]);
        expect(together[2]![0]!.nodes).toBe(1);
        // A write committed between two reads of one request is seen by the second.
        await db.write(fixture('create-vendor'), { id: 'v-between' });
        expect((await reads.read(cypher('admin/count-nodes')))[0]!.nodes).toBe(2);
        // A failing read is its caller's alone: the next one still answers.
        await expect(reads.read(fixture('echo-values'), { value: 1, typo: 2 })).rejects.toThrow(/\$typo/);
        expect(await reads.read(fixture('vendor-node'), { id: 'v-between' })).toHaveLength(1);
        await reads.release();
        // The request is over; the engine is not.
        expect(await db.ping()).toBe(true);
      });

      it('answers ping', async () => {
        expect(await db.ping()).toBe(true);
      });
    });

    describe('constraints', () => {
      it('creates a unique id constraint per label, idempotently', async () => {
        await profile.prepare();
        await profile.prepare();
        const names = (await db.read(cypher('admin/show-constraints'))).map((r) => r.name);
        for (const label of nodeLabels) {
          const expected = `${label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase()}_id`;
          expect(names).toContain(expected);
        }
      });

      it('rejects a second node with the same id', async () => {
        await db.write(fixture('create-vendor'), { id: 'dup' });
        await expect(db.write(fixture('create-vendor'), { id: 'dup' })).rejects.toThrow();
      });
    });

    describe('seed loading', () => {
      it('loads the seed, and loading it again gives the same graph', async () => {
        const first = await loadSeed(db, seedDir, profile.derived);
        const once = await summary(db);
        const again = await loadSeed(db, seedDir, profile.derived);
        expect(await summary(db)).toEqual(once);
        expect(again.rows).toEqual(first.rows);
        expect(once['node:Vendor']).toBe(first.rows.vendors);
        expect(once['relationship:IMPLEMENTS']).toBe(first.rows.implements);
      });

      it("copies each service's disclosed metrics onto it, and restores the copy on a graph that lacks it", async () => {
        await loadSeed(db, seedDir, profile.derived);
        // Name and value pairs, order aside: the loader keeps seed order, the edges come back in any order.
        const pairs = (names: unknown, values: unknown) => (names as string[]).map((name, i) => `${name}=${(values as number[])[i]}`).sort();
        const check = async () => {
          const rows = await db.read(fixture('service-disclosed-metrics'));
          expect(rows.length).toBeGreaterThan(0);
          for (const row of rows) {
            expect(pairs(row.names, row.values), row.id as string).toEqual(pairs(row.edgeNames, row.edgeValues));
            const deletion = (row.edgeValues as number[]).filter((_, i) => (row.edgeNames as string[])[i] === 'dataDeletionDays');
            expect([row.deletionMin, row.deletionMax], row.id as string).toEqual(
              deletion.length ? [Math.min(...deletion), Math.max(...deletion)] : [null, null],
            );
          }
          expect(rows.some((row) => row.deletionMin !== null)).toBe(true);
          return rows.length;
        };
        const services = await check();
        await db.write(fixture('delete-disclosed-metrics'));
        expect((await profile.prepare()).disclosedMetricsWritten).toBe(services);
        await check();
        expect((await profile.prepare()).disclosedMetricsWritten).toBe(0);
      });

      it('stops on a malformed file, naming file, record and field, and leaves the graph unchanged', async () => {
        await loadSeed(db, seedDir, profile.derived);
        const before = await summary(db);
        const error = await withChangedSeedCopy(
          'documents/goooon.json',
          (data) => (data.disclosures[2].metrics = [{ name: 'dataDeletionDays', value: -1, unit: 'days', raw: '60 営業日以内' }]),
          (broken) => loadSeed(db, broken, profile.derived).catch((e: unknown) => e),
        );
        expect(error).toBeInstanceOf(SeedValidationError);
        const [problem] = (error as SeedValidationError).problems;
        expect(problem).toMatchObject({ file: 'documents/goooon.json', field: 'metrics[0].value' });
        expect(problem!.record).toMatch(/^disclosures\[2\] \(goooon → iso27017:/);
        expect(await summary(db)).toEqual(before);
      });

      it('rolls back a load that fails part-way, leaving the graph as it was', async () => {
        await loadSeed(db, seedDir, profile.derived);
        const before = await summary(db);
        const failing = loadSteps(db, [
          { statement: 'seed/merge-countries', rows: [{ id: 'ZZ', props: { id: 'ZZ', code: 'ZZ', name: 'Nowhere' } }] },
          // Already exists: CREATE violates the unique id constraint after the first step has written.
          {
            statement: fixture('create-vendors'),
            rows: [
              { id: 'brand-new', props: {} },
              { id: 'sios', props: {} },
            ],
          },
        ]);
        await expect(failing).rejects.toThrow();
        expect(await summary(db)).toEqual(before);
      });
    });

    describe('over HTTP', () => {
      it('serves a GraphQL round trip from the started server', async () => {
        await loadSeed(db, seedDir, profile.derived);
        // The app closes its database on shutdown; this one belongs to the suite.
        const shared = coreDatabase(db, { close: async () => undefined });
        const app = await startTestApp({ SEED_ON_EMPTY: 'false' }, { db: shared, profile });
        try {
          const data = await app.client.data<{ __typename: string; vendor: { name: string; services: Array<{ id: string }> } }>(
            '{ __typename vendor(id: "biznet") { name services { id } } }',
          );
          expect(data.__typename).toBe('Query');
          expect(data.vendor.name).toBe('株式会社ビジネスネットコーポレーション');
          expect(data.vendor.services.map((s) => s.id)).toEqual(['goooon']);
        } finally {
          await app.close();
        }
      });
    });
  });
}
