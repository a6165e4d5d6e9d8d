/**
 * The seed data itself: valid, faithful to the whitepapers, and guarded by
 * a validator whose errors say exactly what is wrong and where.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/project-root.js';
import { readSeedFolder } from '../src/seed/read-seed.js';
import { validateSeed } from '../src/seed/validate-seed.js';
import { SeedValidationError, type SeedProblem } from '../src/seed/seed-error.js';
import { knowledgeCoverage } from '../src/seed/coverage-report.js';
import { seedDir, withChangedSeedCopy } from './support/seed-copy.js';

const sharedWhitepapers = path.resolve(projectRoot, '../shared/whitepapers');
const haveShared = existsSync(sharedWhitepapers);

/** Validates a copy of seed/ after `change` edits one document file; returns the problems found. */
async function problemsAfter(file: string, change: (data: any) => void): Promise<SeedProblem[]> {
  const error = await withChangedSeedCopy(file, change, (dir) =>
    readSeedFolder(dir)
      .then((seed) => validateSeed(seed))
      .then(
        () => undefined,
        (e: unknown) => e,
      ),
  );
  expect(error).toBeInstanceOf(SeedValidationError);
  return (error as SeedValidationError).problems;
}

describe('seed data', () => {
  it('validates: ids unique, references resolved, quotes verbatim, every section accounted for', async () => {
    const seed = await readSeedFolder(seedDir);
    expect(() => validateSeed(seed)).not.toThrow();
  });

  it('holds the pinned vendors, services and the whole ISO/IEC 27017 catalog', async () => {
    const seed = await readSeedFolder(seedDir);
    const ids = (key: 'vendors' | 'services' | 'controls') => seed.files.flatMap((f) => f.data[key].map((r) => r.id));
    expect(ids('vendors')).toEqual(expect.arrayContaining(['sios', 'qualitysoft', 'baimosoft', 'outlook-consulting', 'biznet']));
    expect(ids('services')).toEqual(
      expect.arrayContaining([
        'gluegent-gate',
        'gluegent-flow',
        'gluegent-apps-addressbook',
        'gluegent-apps-scheduler',
        'gluegent-gadgets',
        'ism-cloudone',
        'elink',
        'sactona',
        'goooon',
      ]),
    );
    const controls = ids('controls');
    expect(controls).toHaveLength(121);
    expect(controls.filter((c) => c.includes('CLD.'))).toEqual([
      'iso27017:CLD.6.3.1',
      'iso27017:CLD.8.1.5',
      'iso27017:CLD.9.5.1',
      'iso27017:CLD.9.5.2',
      'iso27017:CLD.12.1.5',
      'iso27017:CLD.12.4.5',
      'iso27017:CLD.13.1.4',
    ]);
  });

  it('turns sections of every whitepaper into disclosures, and says why for the rest', async () => {
    const coverage = knowledgeCoverage(await readSeedFolder(seedDir));
    expect(coverage.map((c) => c.document).sort()).toEqual([
      'elink-whitepaper',
      'gluegent-whitepaper',
      'goooon-whitepaper',
      'ism-cloudone-whitepaper',
      'sactona-whitepaper',
    ]);
    for (const c of coverage) {
      expect(c.disclosures).toBeGreaterThan(10);
      for (const skipped of c.skipped) expect(skipped.reason.length).toBeGreaterThan(10);
    }
  });
});

describe.skipIf(!haveShared)('seed data against ../shared/whitepapers', () => {
  it('keeps byte-identical copies of the whitepapers in seed/sources', () => {
    for (const name of readdirSync(sharedWhitepapers).filter((n) => n.endsWith('.txt'))) {
      expect(readFileSync(path.join(seedDir, 'sources', name), 'utf8'), name).toBe(readFileSync(path.join(sharedWhitepapers, name), 'utf8'));
    }
  });

  it('finds every quote verbatim in the original whitepaper', async () => {
    const seed = await readSeedFolder(seedDir);
    let checked = 0;
    for (const { file, data } of seed.files) {
      const sourceOf = new Map(data.documents.map((d) => [d.id, readFileSync(path.join(sharedWhitepapers, d.sourceFile), 'utf8')]));
      const only = data.documents.length === 1 ? data.documents[0]!.id : undefined;
      for (const key of ['usesInfra', 'storesDataIn', 'dependsOn', 'certifiedBy', 'disclosures', 'syncsTimeWith'] as const) {
        for (const record of data[key]) {
          const text = sourceOf.get(record.evidence.document ?? only!);
          expect(text?.includes(record.evidence.quote), `${file} ${key}: ${record.evidence.quote.slice(0, 40)}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(250);
  });
});
if (!haveShared) console.warn(`Whitepaper fidelity check against ../shared skipped: ${sharedWhitepapers} is not present (seed/sources is checked instead)`);

describe('seed validation errors name the file, the record and the field', () => {
  it('a service that does not exist', async () => {
    const [problem] = await problemsAfter('documents/goooon.json', (d) => (d.usesInfra[0].service = 'no-such-service'));
    expect(problem).toEqual({
      file: 'documents/goooon.json',
      record: 'usesInfra[0] (no-such-service → azure:japaneast)',
      field: 'service',
      message: 'refers to unknown service "no-such-service"',
    });
  });

  it('an unknown control code', async () => {
    const [problem] = await problemsAfter('documents/elink.json', (d) => (d.disclosures[0].control = 'iso27017:99.9.9'));
    expect(problem).toMatchObject({ file: 'documents/elink.json', record: 'disclosures[0] (elink → iso27017:99.9.9)', field: 'control' });
    expect(problem!.message).toBe('refers to unknown control "iso27017:99.9.9"');
  });

  it('a quote that is not in the whitepaper', async () => {
    const [problem] = await problemsAfter('documents/sactona.json', (d) => (d.disclosures[1].evidence.quote = 'データは永久に保存されます。'));
    expect(problem).toMatchObject({ file: 'documents/sactona.json', field: 'evidence.quote', message: 'is not found verbatim in sactona.txt' });
  });

  it('an INFERRED fact without its reasoning', async () => {
    const problems = await problemsAfter('documents/gluegent.json', (d) => {
      const inferred = d.usesInfra.find((u: any) => u.basis === 'INFERRED');
      delete inferred.reasoning;
    });
    expect(problems[0]).toMatchObject({ file: 'documents/gluegent.json', field: 'reasoning', message: 'is required when basis is INFERRED' });
  });

  it('a metric whose raw text is not part of its quote', async () => {
    const problems = await problemsAfter('documents/ism-cloudone.json', (d) => {
      const withMetric = d.disclosures.find((x: any) => x.metrics?.length);
      withMetric.metrics[0].raw = '999日';
    });
    expect(problems[0]).toMatchObject({ file: 'documents/ism-cloudone.json', field: 'metrics[0].raw', message: '"999日" is not part of the quote' });
  });

  it('a duplicated id', async () => {
    const problems = await problemsAfter('documents/elink.json', (d) => d.vendors.push({ ...d.vendors[0] }));
    expect(problems[0]).toMatchObject({
      file: 'documents/elink.json',
      record: 'vendors[1] (baimosoft)',
      field: 'id',
      message: 'duplicates baimosoft already defined in documents/elink.json',
    });
  });
});
