/**
 * Guards for "generalise, don't memorise": no ingestion source names a seed
 * vendor or service, and on the seed sources (which no rule names) the
 * ingestion meets the targets.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/project-root.js';
import { seedFileSchema } from '../../src/seed/seed-schema.js';
import { ingestText } from '../../src/ingest/assemble-draft.js';
import { quoteProblems } from '../../src/ingest/verify-quotes.js';
import { address, ownDomainName, registeredName } from '../../src/ingest/web-domain.js';
import { addScores, compareDraft, factKinds, precision, recall, type KindScore } from '../../src/ingest/eval/compare-draft.js';

async function seedDocuments() {
  const dir = path.join(projectRoot, 'seed', 'documents');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  return Promise.all(files.map(async (f) => ({ file: f, gold: seedFileSchema.parse(JSON.parse(await readFile(path.join(dir, f), 'utf8'))) })));
}

describe('generalise, do not memorise', () => {
  it('no ingestion source, test or fixture names a vendor or service of the seed documents', async () => {
    const names = new Set<string>();
    for (const { gold } of await seedDocuments()) {
      for (const v of gold.vendors) [v.name, v.nameEn].forEach((n) => n && names.add(n.toLowerCase()));
      for (const s of gold.services) names.add(s.name.toLowerCase());
    }
    for (const dir of ['src/ingest', 'test/ingest', 'test/fixtures/ingest']) {
      const root = path.join(projectRoot, dir);
      for (const file of (await readdir(root, { recursive: true })).filter((f) => /\.(ts|txt|md|html)$/.test(f))) {
        const source = (await readFile(path.join(root, file), 'utf8')).toLowerCase();
        for (const name of names) expect(source.includes(name), `${dir}/${file} mentions ${name}`).toBe(false);
      }
    }
  });

  it('leaves out no seed vendor’s web or mail address as another party’s site (`outlook.co.jp` is a seed vendor’s, not a mail service)', async () => {
    // The references seed sources print to others' sites (AWS's, the ISMS register's) are no vendor's.
    const references = /^(?:amazon|isms)$/u;
    const hosts = new Set<string>();
    for (const source of await readdir(path.join(projectRoot, 'seed', 'sources')))
      for (const m of (await readFile(path.join(projectRoot, 'seed', 'sources', source), 'utf8')).matchAll(address))
        if (!references.test(registeredName(m[1]!) ?? '')) hosts.add(m[1]!);
    expect(hosts.size).toBeGreaterThan(0);
    // Each is read as a company's own address: the rule's list of others' sites names none of them.
    for (const host of hosts) expect(ownDomainName(`https://${host}/`), host).toBe(registeredName(host));
  });

  it('meets the targets of the issue on the seed sources, every quote verbatim', async () => {
    const totals = Object.fromEntries(factKinds.map((k) => [k, { truePositives: 0, proposed: 0, expected: 0, missed: [], extra: [] } as KindScore]));
    for (const { file, gold } of await seedDocuments()) {
      const source = gold.documents[0]!.sourceFile;
      const text = await readFile(path.join(projectRoot, 'seed', 'sources', source), 'utf8');
      const draft = ingestText(text, { fileName: source });
      expect(quoteProblems(draft, text), file).toEqual([]);
      const scores = compareDraft(draft, gold);
      for (const k of factKinds) totals[k] = addScores(totals[k]!, scores[k]);
    }
    for (const k of ['infrastructure', 'data location', 'certification', 'time source', 'metric'] as const) {
      expect(precision(totals[k]!), k).toBeGreaterThanOrEqual(0.9);
      expect(recall(totals[k]!), k).toBeGreaterThanOrEqual(0.9);
    }
    expect(precision(totals.disclosure!)).toBeGreaterThanOrEqual(0.8);
    expect(recall(totals.disclosure!)).toBeGreaterThanOrEqual(0.75);
  });
});
