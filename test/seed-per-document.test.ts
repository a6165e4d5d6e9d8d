/**
 * A seed load commits one document file at a time: when one file fails at
 * write time (here a real uniqueness constraint of the engine refuses it),
 * that file's previous version stays in the graph as it was, every other
 * file loads (with the facts it no longer states retracted), and the load
 * says which file failed and why.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../src/engines/engine-profile.js';
import { importSeedFolder } from '../src/queries/curation/import-seed.js';
import { seedDir, withChangedSeedCopy } from './support/seed-copy.js';
import { statementFixture } from './support/statement-fixtures.js';
import { describeOnEngines, useEmptyEngine } from './support/test-engines.js';

/** Drops a service's first two disclosures from a seed file, as an editor would, keeping the file valid. */
function dropTwoDisclosures(data: any): string[] {
  const dropped = data.disclosures.slice(0, 2).map((d: any) => `${d.service}|${d.control}|${data.documents[0].id}|${d.evidence.section}`);
  data.disclosures = data.disclosures.slice(2);
  const cited = new Set(
    ['usesInfra', 'storesDataIn', 'dependsOn', 'certifiedBy', 'disclosures', 'syncsTimeWith'].flatMap((k) =>
      (data[k] ?? []).map((r: any) => r.evidence.section),
    ),
  );
  for (const s of data.sections) if (!cited.has(s.heading) && !s.skippedBecause) s.skippedBecause = 'removed (test)';
  return dropped;
}

function editFile(dir: string, file: string, change: (data: any) => void): void {
  const target = path.join(dir, file);
  const data = JSON.parse(readFileSync(target, 'utf8'));
  change(data);
  writeFileSync(target, JSON.stringify(data));
}

const titleConstraint = (verb: 'CREATE' | 'DROP') => ({
  name: 'test/document-title-unique',
  text:
    verb === 'CREATE'
      ? 'CREATE CONSTRAINT test_document_title IF NOT EXISTS FOR (n:Document) REQUIRE n.title IS UNIQUE'
      : 'DROP CONSTRAINT test_document_title IF EXISTS',
  params: [],
});

describeOnEngines('Seed loads, one document file per transaction', (engine) => {
  let opened: Engine;
  beforeAll(async () => {
    await engine.empty();
    opened = engine.open();
    await opened.profile.prepare();
  });
  afterAll(async () => {
    // Neo4j keeps a constraint after the graph is emptied: other suites must not meet it.
    await opened?.db.changeSchema(titleConstraint('DROP')).catch(() => undefined);
    await opened?.db.close();
  });

  const disclosures = async (serviceId: string) => {
    const rows = await opened.db.read(statementFixture('disclosure-states'), { serviceId });
    return { current: rows.filter((r) => r.current).map((r) => r.id), retracted: rows.filter((r) => !r.current).map((r) => r.id) };
  };
  const documentTitle = async (id: string) => (await opened.db.read(statementFixture('document-title'), { id }))[0]?.title;

  it('loads every other file when one fails, and leaves the failed one as it was', async () => {
    const first = await importSeedFolder(opened.db, seedDir, opened.profile.derived);
    expect(first.failed).toEqual([]);
    expect(first.loaded).toBe(5);
    const elinkBefore = await disclosures('elink');
    const elinkTitle = await documentTitle('elink-whitepaper');
    const goooonTitle = await documentTitle('goooon-whitepaper');
    expect(elinkBefore.retracted).toEqual([]);

    // A rule of the engine the edited elink file breaks when it is written: two documents with one title.
    await opened.db.changeSchema(titleConstraint('CREATE'));
    let goooonDropped: string[] = [];
    await withChangedSeedCopy(
      'documents/elink.json',
      (data) => {
        dropTwoDisclosures(data);
        data.documents[0].title = goooonTitle;
      },
      async (dir) => {
        editFile(dir, 'documents/goooon.json', (data) => (goooonDropped = dropTwoDisclosures(data)));
        const summary = await importSeedFolder(opened.db, dir, opened.profile.derived, { batchSize: 7 });

        expect(summary.loaded).toBe(4);
        expect(summary.failed).toEqual([
          { file: path.join('documents', 'elink.json'), documents: ['elink-whitepaper'], error: expect.stringMatching(/title/i) },
        ]);
        expect(summary.retracted).toBe(2);
      },
    );

    // The failed file: its previous version, whole.
    expect(await disclosures('elink')).toEqual(elinkBefore);
    expect(await documentTitle('elink-whitepaper')).toBe(elinkTitle);
    // The others: loaded, with what they no longer state retracted.
    const goooon = await disclosures('goooon');
    expect(goooon.retracted.sort()).toEqual([...goooonDropped].sort());
    expect(goooon.current.length).toBeGreaterThan(0);
    for (const id of ['gluegent-whitepaper', 'ism-cloudone-whitepaper', 'sactona-whitepaper']) expect(await documentTitle(id), id).toBeTypeOf('string');
  });
});

describeOnEngines('Seed loads, a file that needs another file', (engine) => {
  const opened = useEmptyEngine(engine);

  it('waits for the file that defines what it refers to, then loads', async () => {
    await withChangedSeedCopy(
      'documents/sactona.json',
      (data) => {
        // Sactona's own region, defined by a file that loads after it.
        data.regions = [];
      },
      async (dir) => {
        const region = JSON.parse(readFileSync(path.join(seedDir, 'documents/sactona.json'), 'utf8')).regions[0];
        editFile(dir, 'documents/gluegent.json', (data) => (data.regions = [...(data.regions ?? []), region]));
        renameSync(path.join(dir, 'documents/sactona.json'), path.join(dir, 'documents/a-sactona.json'));

        const summary = await importSeedFolder(opened.db, dir, opened.profile.derived);
        expect(summary.failed).toEqual([]);
        expect(summary.loaded).toBe(5);
      },
    );
    const regions = (await opened.db.read(statementFixture('service-regions'), { serviceId: 'sactona' })).map((r) => r.region);
    expect(regions).toEqual(['undisclosed:jp', 'undisclosed:jp-kanto']);
  });
});
