/**
 * Start-up and shut-down of the whole service: open the engine, create the
 * constraints, seed an empty graph, build the schema, serve HTTP. `close()`
 * stops taking requests, lets in-flight ones finish, then closes the engine
 * (flushing the embedded graph to GRAPH_DATA_DIR).
 */
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import type { Config } from '../config/config.js';
import { ensureSchema } from '../db/ensure-schema.js';
import type { GraphDatabase } from '../db/graph-database.js';
import { openDatabase } from '../db/open-database.js';
import { buildGraphSchema } from '../graphql/build-schema.js';
import type { GraphContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { queryLimitsPlugin } from '../graphql/plugins/query-limits.js';
import { requestLoggingPlugin } from '../graphql/plugins/request-logging.js';
import { readAccessPlugin } from '../graphql/plugins/read-access.js';
import { createAuthenticator } from '../auth/authenticator.js';
import { importSeedFolder } from '../queries/curation/import-seed.js';
import { countNodes } from '../queries/graph-size.js';
import { createHttpServer } from './http-server.js';
import { InFlight } from './in-flight.js';
import { createLogger, type Logger } from './logger.js';

export interface RunningApp {
  url: string;
  db: GraphDatabase;
  close(): Promise<void>;
}

async function seedIfEmpty(db: GraphDatabase, config: Config, logger: Logger): Promise<void> {
  if (!config.seedOnEmpty) return;
  if ((await countNodes(db)) > 0) return;
  const summary = await importSeedFolder(db, config.seedDir);
  logger.info('seeded an empty graph', { files: summary.files, durationMs: summary.durationMs, rows: summary.rows });
}

export async function startApp(config: Config, options: { db?: GraphDatabase; logger?: Logger } = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = options.db ?? openDatabase(config);
  try {
    const schema = await ensureSchema(db);
    if (schema.textIndexesCreated.length > 0 || schema.searchGramsWritten > 0 || schema.disclosedMetricsWritten > 0) {
      logger.info('prepared indexes and derived properties', { ...schema });
    }
    await seedIfEmpty(db, config, logger);
  } catch (error) {
    await db.close();
    throw error;
  }
  const production = config.env === 'production';
  const apollo = new ApolloServer<GraphContext>({
    schema: await buildGraphSchema(),
    introspection: config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production),
    plugins: [
      queryLimitsPlugin({ maxDepth: config.limits.maxDepth, maxComplexity: config.limits.maxComplexity }),
      requestLoggingPlugin(logger, !production),
      ...(config.readsRequired ? [readAccessPlugin()] : []),
      // No cache hints are set anywhere; the default cache-control plugin would still hook every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  const inFlight = new InFlight();
  const authenticator = createAuthenticator(config.auth);
  const httpServer = createHttpServer(apollo, db, config, logger, inFlight, authenticator);
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }));
  await apollo.start();
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  if (!config.writesEnabled) logger.info('writes disabled (WRITES_ENABLED=false): the API is read-only');
  else if (!config.auth)
    logger.warn('auth: none configured; development mode, every request acts as the local user "local" with every role (set AUTH_JWT_SECRET or AUTH_JWKS_URL)');
  else logger.info('auth: bearer tokens required for writes', { verifier: authenticator.mode, reads: config.readsRequired ? 'required' : 'public' });
  logger.info('listening', { url, engine: db.engine, dataDir: config.neo4j ? undefined : (config.graphDataDir ?? '(in memory)') });

  let closing: Promise<void> | undefined;
  return {
    url,
    db,
    close: () =>
      (closing ??= (async () => {
        // Drains HTTP first (the drain plugin), so no request is cut off mid-write; then lets executions
        // whose clients left finish, so none reads from a closed engine.
        await apollo.stop();
        await inFlight.settled();
        await db.close();
        logger.info('stopped');
      })()),
  };
}
