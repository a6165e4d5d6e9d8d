/**
 * Get for portfolios: read `seed/portfolios/*.json`, validate each file
 * against the portfolio schema, and check what it names (services,
 * certification schemes, controls, countries) against the documents and
 * reference data of the same seed set. Nothing here touches the database.
 */
import path from 'node:path';
import { portfolioSchema, type PortfolioFile } from './portfolio-schema.js';
import { describeRecord, listJsonFiles, portfolioFolder, readSchemaFile, type SeedSet } from './read-seed.js';
import { SeedValidationError, type SeedProblem } from './seed-error.js';

export interface PortfolioFileContent {
  /** Path relative to the seed folder, used in every error message. */
  file: string;
  data: PortfolioFile;
}

/** The ids a portfolio may name, from the seed set it is loaded with. */
function knownIds(seed: SeedSet) {
  const all = <K extends 'services' | 'certifications' | 'controls'>(key: K) => new Set(seed.files.flatMap((f) => f.data[key].map((r) => r.id)));
  return {
    services: all('services'),
    certifications: all('certifications'),
    controls: all('controls'),
    countries: new Set(seed.files.flatMap((f) => f.data.countries.map((c) => c.code))),
  };
}

function referenceProblems(file: string, data: PortfolioFile, seed: SeedSet): SeedProblem[] {
  const known = knownIds(seed);
  const problems: SeedProblem[] = [];
  const at = (section: 'usages' | 'requirements', i: number, field: string, message: string) =>
    problems.push({ file, record: describeRecord(data, section, i), field, message });
  data.usages.forEach((u, i) => {
    if (!known.services.has(u.service)) at('usages', i, 'service', `unknown service "${u.service}" (no seed document defines it)`);
  });
  data.requirements.forEach((r, i) => {
    if (r.kind === 'CERTIFICATION_HELD' && !known.certifications.has(r.scheme)) at('requirements', i, 'scheme', `unknown certification scheme "${r.scheme}"`);
    if (r.kind === 'CONTROL_DISCLOSED' && !known.controls.has(r.control)) at('requirements', i, 'control', `unknown control "${r.control}"`);
    if (r.kind === 'DATA_IN_COUNTRIES')
      r.countries.forEach((c, j) => {
        if (!known.countries.has(c)) at('requirements', i, `countries[${j}]`, `unknown country "${c}"`);
      });
  });
  return problems;
}

/** Every portfolio file of the seed folder, validated against `seed` (the documents and reference data loaded with them). */
export async function readPortfolioFolder(root: string, seed: SeedSet): Promise<PortfolioFileContent[]> {
  const folder = path.join(root, portfolioFolder);
  const absolutes = await listJsonFiles(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const problems: SeedProblem[] = [];
  const files: PortfolioFileContent[] = [];
  for (const absolute of absolutes) {
    const file = path.relative(root, absolute);
    const data = await readSchemaFile(absolute, file, portfolioSchema, problems);
    if (!data) continue;
    const expected = `${data.id}.json`;
    if (path.basename(file) !== expected) {
      problems.push({ file, record: '', field: 'id', message: `is "${data.id}": the file must be named ${expected}` });
      continue;
    }
    problems.push(...referenceProblems(file, data, seed));
    files.push({ file, data });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return files;
}
