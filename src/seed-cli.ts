/**
 * `npm run seed`: imports seed/ (or SEED_DIR) into the configured engine,
 * with that engine's profile, through the curation import
 * (src/queries/curation/import-seed.ts), so loading an edited seed file
 * again refreshes the graph: the facts its documents no longer state are
 * retracted, in the same transaction. An entry point, like main.ts.
 */
import { loadConfig } from './config/config.js';
import { openEngine } from './engines/open-engine.js';
import { importSeedFolder } from './queries/curation/import-seed.js';
import { SeedValidationError } from './seed/seed-error.js';

const config = loadConfig();
const { db, profile } = openEngine(config);
try {
  await profile.prepare();
  const summary = await importSeedFolder(db, config.seedDir, profile.derived);
  const where = config.neo4j
    ? config.neo4j.uri
    : config.graphDataDir
      ? `${config.graphDataDir} (embedded)`
      : 'an in-memory embedded graph (gone when this command ends: set GRAPH_DATA_DIR)';
  console.log(`Loaded ${summary.files} seed files into ${where} in ${summary.durationMs} ms; retracted ${summary.retracted} facts no longer stated`);
  console.log(`Loaded ${summary.portfolios} portfolio files (seed/portfolios/); ${summary.portfolioChanges} portfolio changes recorded`);
  for (const [step, rows] of Object.entries(summary.rows)) console.log(`  ${step.padEnd(24)} ${rows}`);
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
