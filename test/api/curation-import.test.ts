/**
 * Imports make the graph say exactly what a document says: re-seeding an
 * edited seed file (the path `npm run seed` takes) and the `importDocument`
 * mutation retract the facts the document no longer states, in the same
 * transaction, and leave every fact it states current.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { importSeedFolder } from '../../src/queries/curation/import-seed.js';
import { searchGramsAndMetricCopies } from '../../src/engines/derived-properties.js';
import { readSeedFolder } from '../../src/seed/read-seed.js';
import { transformSeed, type EdgeRow } from '../../src/seed/transform-seed.js';
import { seedDir, withChangedSeedCopy } from '../support/seed-copy.js';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';

const factSteps = /^seed\/merge-(uses-infra|stores-data-in|depends-on|certified-by|implements|syncs-time-with)$/;

/** The ids of the facts the seed folder's files state, citing `documentId`. */
async function factIdsIn(dir: string, documentId: string): Promise<string[]> {
  const steps = transformSeed(await readSeedFolder(dir), searchGramsAndMetricCopies);
  return steps
    .filter((s) => factSteps.test(s.statement))
    .flatMap((s) => (s.rows as EdgeRow[]).filter((r) => r.props.evidenceDocument === documentId).map((r) => r.id))
    .sort();
}

/** After facts were removed from a seed file: the sections no fact cites any more say why (the validator requires it). */
function markUncitedSections(data: any): void {
  const cited = new Set(
    ['usesInfra', 'storesDataIn', 'dependsOn', 'certifiedBy', 'disclosures', 'syncsTimeWith'].flatMap((k) =>
      (data[k] ?? []).map((r: any) => r.evidence.section),
    ),
  );
  for (const section of data.sections ?? []) if (!cited.has(section.heading) && !section.skippedBecause) section.skippedBecause = 'removed in review (test)';
}

describeOnEngines('Curation: imports refresh instead of piling up', (engine) => {
  const app = useSeededApp(engine);
  const factQuery = `query($id: ID!) { fact(id: $id) { retractedAt } }`;
  const isCurrent = async (id: string) => (await app.client.data(factQuery, { id })).fact?.retractedAt === null;

  it('re-seeding an edited seed file leaves exactly the facts the file states', async () => {
    // A fact written through the API that cites the seeded whitepaper but that the file does not state.
    const extra = await app.client
      .request(`mutation { linkInfrastructure(input: { service: "goooon", region: "azure:japanwest", basis: INFERRED, reasoning: "test",
      evidence: { document: "goooon-whitepaper", section: "2 データ保管場所", quote: "お客様データは Microsoft Azure 東日本リージョン(Japan / 埼玉)に保管されます。" } }) { targetId } }`);
    expect(extra.errors).toBeUndefined();
    const original = await factIdsIn(seedDir, 'goooon-whitepaper');

    await withChangedSeedCopy(
      'documents/goooon.json',
      (data) => {
        data.disclosures.splice(0, 2);
        data.dependsOn.splice(0, 1);
        data.storesDataIn[0].basis = 'INFERRED';
        data.storesDataIn[0].reasoning = 'edited for the test';
        markUncitedSections(data);
      },
      async (dir) => {
        const expected = await factIdsIn(dir, 'goooon-whitepaper');
        expect(expected.length).toBe(original.length - 3);
        const summary = await importSeedFolder(app.db, dir, app.profile.derived);
        expect(summary.retracted).toBe(4);

        for (const id of expected) expect(await isCurrent(id), id).toBe(true);
        const removed = [...original.filter((id) => !expected.includes(id)), 'goooon|azure:japanwest'];
        expect(removed).toHaveLength(4);
        for (const id of removed) expect(await isCurrent(id), id).toBe(false);

        const read = await app.client.data(
          `{ service(id: "goooon") { disclosures { id } dataLocations { basis reasoning } infrastructure { region { id } } } }`,
        );
        const expectedDisclosures = expected.filter((id) => id.split('|').length === 4 && id.startsWith('goooon|')).sort();
        expect(read.service.disclosures.map((d: any) => d.id).sort()).toEqual(expectedDisclosures);
        expect(read.service.dataLocations).toEqual([{ basis: 'INFERRED', reasoning: 'edited for the test' }]);
        expect(read.service.infrastructure).toEqual([{ region: { id: 'azure:japaneast' } }]);

        // A second import of the same file changes nothing more.
        expect((await importSeedFolder(app.db, dir, app.profile.derived)).retracted).toBe(0);
      },
    );
    // The original file brings the removed seed facts back.
    expect((await importSeedFolder(app.db, seedDir, app.profile.derived)).retracted).toBe(0);
    for (const id of original) expect(await isCurrent(id), id).toBe(true);
  });

  it('importDocument writes a document file and retracts what a new import of it no longer states, with history', async () => {
    const text = readFileSync(path.join(seedDir, 'sources', 'elink.txt'), 'utf8');
    const file = JSON.parse(readFileSync(path.join(seedDir, 'documents', 'elink.json'), 'utf8'));
    const importDocument = (f: unknown, withText: boolean) =>
      app.client.request(
        `mutation($file: JSONObject!, $text: String) { importDocument(file: $file, text: $text, reason: "quarterly review") {
          document { id } factIds retracted { targetId operation reason actor } change { operation targetKind } } }`,
        { file: f, text: withText ? text : null },
      );
    const first = await importDocument(file, true);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importDocument.document).toEqual({ id: 'elink-whitepaper' });
    expect(first.data!.importDocument.retracted).toEqual([]);
    const stated = first.data!.importDocument.factIds as string[];
    expect(stated.sort()).toEqual(await factIdsIn(seedDir, 'elink-whitepaper'));

    const dropped = file.disclosures[0];
    const edited = { ...structuredClone(file), disclosures: file.disclosures.slice(1) };
    markUncitedSections(edited);
    const second = await importDocument(edited, false);
    expect(second.errors).toBeUndefined();
    const droppedId = stated.find((id) => id.startsWith(`${dropped.service}|${dropped.control}|elink-whitepaper|${dropped.evidence.section}`))!;
    expect(second.data!.importDocument.retracted).toEqual([
      { targetId: droppedId, operation: 'RETRACT', reason: 'no longer stated by document "elink-whitepaper" (import)', actor: 'local' },
    ]);
    expect(await isCurrent(droppedId)).toBe(false);
    const history = await app.client.data(`query($id: ID!) { history(id: $id) { operation reason } }`, { id: droppedId });
    expect(history.history.at(-1)).toEqual({ operation: 'RETRACT', reason: 'no longer stated by document "elink-whitepaper" (import)' });
  });

  it('refuses an import that is not valid, naming the field, and changes nothing', async () => {
    const file = JSON.parse(readFileSync(path.join(seedDir, 'documents', 'elink.json'), 'utf8'));
    const before = (await app.client.data(`{ changes { totalCount } }`)).changes.totalCount;
    const badQuote = structuredClone(file);
    badQuote.usesInfra[0].evidence.quote = 'この文は文書にありません';
    const badRegion = structuredClone(file);
    badRegion.usesInfra[0].region = 'aws:mars-1';
    const badShape = { ...file, usesInfra: [{ ...file.usesInfra[0], basis: 'GUESSED' }] };
    for (const [f, field] of [
      [badQuote, 'file.usesInfra[0].evidence.quote'],
      [badRegion, 'file.usesInfra[0].region'],
      [badShape, 'file.usesInfra[0].basis'],
    ] as const) {
      const result = await app.client.request(`mutation($file: JSONObject!) { importDocument(file: $file) { factIds } }`, { file: f });
      expect(result.errors![0]!.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: field });
    }
    expect((await app.client.data(`{ changes { totalCount } }`)).changes.totalCount).toBe(before);
  });
});
