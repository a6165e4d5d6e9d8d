/** `npm run seed:check`: validates the seed folder without touching a database. */
import { readSeedFolder } from './read-seed.js';
import { validateSeed } from './validate-seed.js';
import { readPortfolioFolder } from './read-portfolios.js';
import { SeedValidationError } from './seed-error.js';

// Usage: validate-cli.ts [folder] [--only documents/x.json]: with --only, reference files plus that one file.
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const root = args[0] ?? 'seed';
try {
  const seed = await readSeedFolder(root, (file) => !only || file === only || file.startsWith('reference/'));
  validateSeed(seed);
  // With --only, the reference data and one document may not define every service a portfolio names.
  const portfolios = only ? [] : await readPortfolioFolder(root, seed);
  const count = (key: 'vendors' | 'services' | 'disclosures' | 'controls') => seed.files.reduce((n, f) => n + f.data[key].length, 0);
  console.log(
    `seed OK: ${seed.files.length} files, ${count('vendors')} vendors, ${count('services')} services, ${count('controls')} controls, ${count('disclosures')} disclosures, ${portfolios.length} portfolios (${portfolios.reduce((n, p) => n + p.data.usages.length, 0)} usages, ${portfolios.reduce((n, p) => n + p.data.requirements.length, 0)} requirements)`,
  );
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exitCode = 1;
}
