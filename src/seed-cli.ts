/**
 * `npm run seed`: imports seed/ (or SEED_DIR) into the configured engine,
 * with that engine's profile, through the curation import
 * (src/queries/curation/import-seed.ts): reference data first, then each
 * document file in its own transaction, so loading an edited seed file
 * again refreshes the graph (the facts its documents no longer state are
 * retracted with it), and one file that fails leaves its previous version
 * while the others load. Exit code 1 when any file failed, after the
 * summary. An entry point, like main.ts.
 */
import { loadConfig } from './config/config.js';
import { openEngine } from './engines/open-engine.js';
import { importSeedFolder } from './queries/curation/import-seed.js';
import { SeedValidationError } from './seed/seed-error.js';

const config = loadConfig();
const { db, profile } = openEngine(config);
try {
  await profile.prepare();
  const summary = await importSeedFolder(db, config.seedDir, profile.derived, { batchSize: config.seedBatchSize });
  const where = config.neo4j
    ? config.neo4j.uri
    : config.graphDataDir
      ? `${config.graphDataDir} (embedded)`
      : 'an in-memory embedded graph (gone when this command ends: set GRAPH_DATA_DIR)';
  const documentFiles = summary.loaded + summary.failed.length;
  console.log(
    `Loaded ${summary.loaded} of ${documentFiles} document files (${summary.files} seed files with the reference data) into ${where} in ${summary.durationMs} ms; retracted ${summary.retracted} facts no longer stated`,
  );
  console.log(`Loaded ${summary.portfolios} portfolio files (seed/portfolios/); ${summary.portfolioChanges} portfolio changes recorded`);
  for (const [step, rows] of Object.entries(summary.rows)) console.log(`  ${step.padEnd(24)} ${rows}`);
  if (summary.failed.length > 0) {
    console.error(`${summary.failed.length} document file(s) did not load; each keeps its previous version in the graph:`);
    for (const failure of summary.failed) console.error(`  - ${failure.file} (${failure.documents.join(', ')}): ${failure.error}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
