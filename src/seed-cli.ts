/** `npm run seed`: loads seed/ (or SEED_DIR) into the configured engine, with that engine's profile (an entry point, like main.ts). */
import { loadConfig } from './config/config.js';
import { openEngine } from './engines/open-engine.js';
import { loadSeed } from './seed/load-seed.js';
import { SeedValidationError } from './seed/seed-error.js';

const config = loadConfig();
const { db, profile } = openEngine(config);
try {
  await profile.prepare();
  const summary = await loadSeed(db, config.seedDir, profile.derived);
  const where = config.neo4j
    ? config.neo4j.uri
    : config.graphDataDir
      ? `${config.graphDataDir} (embedded)`
      : 'an in-memory embedded graph (gone when this command ends: set GRAPH_DATA_DIR)';
  console.log(`Loaded ${summary.files} seed files into ${where} in ${summary.durationMs} ms`);
  for (const [step, rows] of Object.entries(summary.rows)) console.log(`  ${step.padEnd(24)} ${rows}`);
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
