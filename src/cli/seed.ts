/**
 * `npm run seed`: imports seed/ (or SEED_DIR) into the configured engine
 * through the curation import (src/queries/curation/import-seed.ts), so
 * loading an edited seed file again refreshes the graph: the facts its
 * documents no longer state are retracted, in the same transaction.
 */
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../db/open-database.js';
import { ensureSchema } from '../db/ensure-schema.js';
import { importSeedFolder } from '../queries/curation/import-seed.js';
import { SeedValidationError } from '../seed/seed-error.js';

const config = loadConfig();
const db = openDatabase(config);
try {
  await ensureSchema(db);
  const summary = await importSeedFolder(db, config.seedDir);
  const where = config.neo4j
    ? config.neo4j.uri
    : config.graphDataDir
      ? `${config.graphDataDir} (embedded)`
      : 'an in-memory embedded graph (gone when this command ends: set GRAPH_DATA_DIR)';
  console.log(`Loaded ${summary.files} seed files into ${where} in ${summary.durationMs} ms; retracted ${summary.retracted} facts no longer stated`);
  for (const [step, rows] of Object.entries(summary.rows)) console.log(`  ${step.padEnd(24)} ${rows}`);
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
