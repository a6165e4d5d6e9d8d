/**
 * `npm start`: serve the API until SIGTERM or SIGINT, then shut down cleanly
 * and exit 0. A start-up problem an operator can fix (configuration, seed,
 * port, Neo4j) is one line on stderr and exit 1; anything else keeps its stack.
 */
import { ConfigError, loadConfig } from './config/config.js';
import { Neo4jUnreachableError } from './db/neo4j-database.js';
import { StartupError } from './server/startup-error.js';
import { SeedValidationError } from './seed/seed-error.js';

/** On top of the grace period: closing the engine (the embedded one flushes to disk). */
const closeAllowanceMs = 5_000;

const operatorErrors = [ConfigError, SeedValidationError, StartupError, Neo4jUnreachableError];

try {
  const config = loadConfig();
  // Loaded after the configuration is checked, so a bad value is reported before seconds of module loading.
  const { startApp } = await import('./server/app.js');
  const app = await startApp(config);
  console.log(`Cloud supply-chain graph API on ${app.db.engine === 'neo4j' ? 'Neo4j' : 'the embedded engine'}: ${app.url}`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      console.error(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    console.log(`${signal}: shutting down (up to ${config.http.shutdownGraceMs} ms for requests in progress)`);
    // Whatever happens, the process ends: a statement the engine cannot stop must not hold it forever.
    setTimeout(() => {
      console.error(`shutdown did not finish within ${config.http.shutdownGraceMs + closeAllowanceMs} ms; exiting`);
      process.exit(1);
    }, config.http.shutdownGraceMs + closeAllowanceMs).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  console.error(operatorErrors.some((kind) => error instanceof kind) ? (error as Error).message : error);
  process.exit(1);
}
