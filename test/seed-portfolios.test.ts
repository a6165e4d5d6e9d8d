/**
 * The portfolio seed format (seed/portfolios/<id>.json): the demo file is
 * valid against the documents, and a bad file is refused before anything is
 * written, each problem naming the file, the record and the field.
 */
import { describe, expect, it } from 'vitest';
import { readSeedFolder } from '../src/seed/read-seed.js';
import { readPortfolioFolder } from '../src/seed/read-portfolios.js';
import { SeedValidationError } from '../src/seed/seed-error.js';
import { seedDir, withChangedSeedCopy } from './support/seed-copy.js';

const demoFile = 'portfolios/demo-shoji.json';

async function problemsOf(change: (data: any) => void): Promise<string[]> {
  return withChangedSeedCopy(demoFile, change, async (dir) => {
    try {
      await readPortfolioFolder(dir, await readSeedFolder(dir));
    } catch (error) {
      if (error instanceof SeedValidationError) return error.message.split('\n').slice(1);
      throw error;
    }
    return [];
  });
}

describe('portfolio seed files', () => {
  it('reads the demo portfolio: nine usages of the seed services and six requirements, one of each kind', async () => {
    const [demo] = await readPortfolioFolder(seedDir, await readSeedFolder(seedDir));
    expect(demo!.data.usages).toHaveLength(9);
    expect(new Set(demo!.data.requirements.map((r) => r.kind)).size).toBe(5);
  });

  it('are not read as document seed files', async () => {
    const seed = await readSeedFolder(seedDir);
    expect(seed.files.map((f) => f.file).filter((f) => f.startsWith('portfolios'))).toEqual([]);
  });

  it.each([
    [
      'an unknown service',
      (d: any) => (d.usages[0].service = 'no-such-service'),
      /usages\[0\] \(no-such-service\) › service: unknown service "no-such-service"/,
    ],
    [
      'a criticality outside 1..3',
      (d: any) => (d.usages[1].criticality = 4),
      /usages\[1\].* › criticality: must be 1 \(critical\), 2 \(important\) or 3 \(other\)/,
    ],
    ['a date that is no calendar date', (d: any) => (d.usages[0].contractEnd = '2027-02-30'), /contractEnd: is not a calendar date/],
    [
      'a contract that ends before it starts',
      (d: any) => (d.usages[0].contractEnd = '2020-01-01'),
      /contractEnd: must not be before contractStart \(2021-04-01\)/,
    ],
    ['a service listed twice', (d: any) => d.usages.push({ ...d.usages[0] }), /service "gluegent-gate" is listed twice/],
    ['a parameter of another kind', (d: any) => (d.requirements[0].metric = 'dataDeletionDays'), /requirements\[0\] \(jp-only-personal\).*metric/],
    ['an unknown certification scheme', (d: any) => (d.requirements[3].scheme = 'iso99999'), /scheme: unknown certification scheme "iso99999"/],
    ['an unknown control', (d: any) => (d.requirements[4].control = 'iso27017:99.9.9'), /control: unknown control "iso27017:99.9.9"/],
    ['an unknown kind', (d: any) => (d.requirements[5].kind = 'SOMETHING'), /requirements\[5\].*kind/],
    ['an id that does not match the file name', (d: any) => (d.id = 'other-company'), /id: is "other-company": the file must be named other-company.json/],
  ])('refuses %s, naming the field', async (_what, change, expected) => {
    const problems = await problemsOf(change);
    expect(problems.join('\n')).toMatch(expected);
  });
});
