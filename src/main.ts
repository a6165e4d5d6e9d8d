/** `npm start`: serve the API until SIGTERM or SIGINT, then shut down cleanly. */
import { ConfigError, loadConfig } from './config/config.js';
import { startApp } from './server/app.js';
import { SeedValidationError } from './seed/seed-error.js';

try {
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`Cloud supply-chain graph API on ${app.db.engine === 'neo4j' ? 'Neo4j' : 'the embedded engine'}: ${app.url}`);
  const shutdown = (signal: string) => {
    console.log(`${signal}: shutting down`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
}
