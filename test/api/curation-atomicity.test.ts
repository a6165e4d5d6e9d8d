/**
 * Each mutation is one transaction: a statement that fails part-way (here
 * the change record, after the fact and the service's derived properties
 * were written) leaves nothing of the write behind, on every engine.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../../src/engines/engine-profile.js';
import { coreDatabase } from '../support/core-database.js';
import { describeOnEngines, startSeededApp } from '../support/test-engines.js';
import type { TestApp } from '../support/start-test-app.js';

/** `inner`, except that the statement named `failOn` throws inside a transaction while `failing` is on. */
function failingOn(inner: Engine, failOn: string, failing: { on: boolean }): Engine {
  const db = coreDatabase(inner.db, {
    transaction: (work) =>
      inner.db.transaction((tx) =>
        work({
          run: async (s, p) => {
            if (failing.on && s.name === failOn) throw new Error(`injected failure in ${s.name}`);
            return tx.run(s, p);
          },
        }),
      ),
  });
  return { db, profile: inner.profile };
}

describeOnEngines('Curation: one transaction per mutation', (engine) => {
  const failing = { on: false };
  let app: TestApp;
  beforeAll(async () => {
    app = await startSeededApp(engine, {}, failingOn(engine.open(), 'write/record-change', failing));
  });
  afterAll(() => app?.close());

  it('a failure after the fact was written leaves no fact, no derived property and no change', async () => {
    const disclosure = `mutation { addDisclosure(input: {
      service: "goooon", control: "iso27017:CLD.8.1.5", summary: "test",
      metrics: [{ name: dataDeletionDays, value: 1, unit: days, raw: "データ" }],
      evidence: { document: "goooon-whitepaper", section: "データ", quote: "データ" } }) { targetId } }`;
    const before = await app.client.data(
      `{ changes { totalCount } services(where: { disclosure: { metric: { name: dataDeletionDays, lte: 1 } } }) { totalCount } }`,
    );
    failing.on = true;
    const result = await app.client.request(disclosure);
    failing.on = false;
    expect(result.errors![0]!.message).toMatch(/injected failure|Internal server error/);
    const after = await app.client.data(`{
      changes { totalCount }
      services(where: { disclosure: { metric: { name: dataDeletionDays, lte: 1 } } }) { totalCount }
      fact(id: "goooon|iso27017:CLD.8.1.5|goooon-whitepaper|データ") { id }
    }`);
    expect(after).toEqual({ changes: before.changes, services: before.services, fact: null });

    // The same write goes through once nothing fails.
    const ok = await app.client.request(disclosure);
    expect(ok.errors).toBeUndefined();
    expect((await app.client.data(`{ changes { totalCount } }`)).changes.totalCount).toBe(before.changes.totalCount + 1);
  });
});
