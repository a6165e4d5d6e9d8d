/**
 * Start-up and shut-down of the whole service: listen (so a port in use
 * fails at once and probes get answers), open the engine (Neo4j: retried up
 * to NEO4J_CONNECT_TIMEOUT_MS), create the constraints, seed an empty graph,
 * build the schema, then serve. `close()` stops taking connections, lets
 * in-flight requests finish within SHUTDOWN_GRACE_MS, then closes the engine
 * (flushing the embedded graph to GRAPH_DATA_DIR).
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import type { Config } from '../config/config.js';
import type { GraphDatabase } from '../db/graph-database.js';
import type { Engine, EngineProfile } from '../engines/engine-profile.js';
import { connectEngine } from '../engines/open-engine.js';
import { buildGraphSchema } from '../graphql/build-schema.js';
import type { GraphContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { LiveGraphSizes } from '../graphql/field-costs.js';
import { refreshGraphSizesPlugin } from '../graphql/plugins/refresh-graph-sizes.js';
import { httpStatusPlugin } from '../graphql/plugins/http-status.js';
import { queryLimitsPlugin } from '../graphql/plugins/query-limits.js';
import { requestLoggingPlugin } from '../graphql/plugins/request-logging.js';
import { readAccessPlugin } from '../graphql/plugins/read-access.js';
import { responseCachePlugin } from '../graphql/plugins/response-cache.js';
import { ResponseStore } from '../graphql/response-store.js';
import { createAuthenticator } from '../auth/authenticator.js';
import { importSeedFolder } from '../queries/curation/import-seed.js';
import { countNodes } from '../queries/graph-size.js';
import { HttpFront } from './http-server.js';
import { InFlight } from './in-flight.js';
import { createLogger, type Logger } from './logger.js';

export interface RunningApp {
  url: string;
  db: GraphDatabase;
  profile: EngineProfile;
  close(): Promise<void>;
}

async function seedIfEmpty({ db, profile }: Engine, config: Config, logger: Logger): Promise<void> {
  if (!config.seedOnEmpty) return;
  if ((await countNodes(db)) > 0) return;
  const summary = await importSeedFolder(db, config.seedDir, profile.derived, { batchSize: config.seedBatchSize });
  logger.info('seeded an empty graph', { files: summary.files, durationMs: summary.durationMs, rows: summary.rows });
  for (const failure of summary.failed) logger.error('a seed file did not load; the others did', { ...failure });
}

/** The URI without any user:password in it, for logs. */
function printable(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

async function openEngine(config: Config, logger: Logger): Promise<Engine> {
  if (config.neo4j) logger.info(`connecting to ${printable(config.neo4j.uri)}`, { timeoutMs: config.neo4j.connectTimeoutMs });
  return connectEngine(config, (attempt, cause, delayMs) => logger.warn('Neo4j did not answer; retrying', { attempt, cause, delayMs }));
}

function createApollo(
  config: Config,
  logger: Logger,
  schema: Awaited<ReturnType<typeof buildGraphSchema>>,
  graphSizes: LiveGraphSizes,
  db: GraphDatabase,
  responses: ResponseStore | undefined,
): ApolloServer<GraphContext> {
  const production = config.env === 'production';
  return new ApolloServer<GraphContext>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    // A document over MAX_QUERY_TOKENS is refused while parsing (GRAPHQL_PARSE_FAILED), before validation can spend time on it.
    parseOptions: { maxTokens: config.limits.maxTokens },
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production),
    // Shutdown is ours (main.ts): Apollo's own handler would stop the process before the HTTP drain and the engine close.
    stopOnTerminationSignals: false,
    // Drops "Did you mean …?" from validation errors; formatError drops it from the others (variable coercion).
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      httpStatusPlugin(),
      queryLimitsPlugin(config.limits, graphSizes),
      refreshGraphSizesPlugin(graphSizes),
      requestLoggingPlugin(logger, config.showQueryStats),
      ...(config.readsRequired ? [readAccessPlugin()] : []),
      // Marks what the HTTP front may keep: answers that passed the access checks and ran without error.
      ...(responses ? [responseCachePlugin({ store: responses, graphVersion: () => db.graphVersion() })] : []),
      // No cache hints are set anywhere; the default cache-control plugin would still hook every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
}

/** `options.engine`: a database already opened, with its profile (the tests'); otherwise the configured one, connected here. */
export async function startApp(config: Config, options: { engine?: Engine; logger?: Logger } = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const inFlight = new InFlight();
  const authenticator = createAuthenticator(config.auth);
  const front = new HttpFront(config, logger, inFlight, options.engine?.db.engine ?? (config.neo4j ? 'neo4j' : 'embedded'), authenticator);
  const port = await front.listen();
  const url = `http://localhost:${port}/graphql`;
  logger.info('accepting connections; starting', { url, ready: `http://localhost:${port}/ready` });

  let engine: Engine | undefined;
  let apollo: ApolloServer<GraphContext>;
  let graphSizes: LiveGraphSizes;
  const responses = config.responseCache.maxBytes > 0 ? new ResponseStore(config.responseCache.maxBytes, config.responseCache.ttlSeconds) : undefined;
  try {
    engine = options.engine ?? (await openEngine(config, logger));
    front.useEngine(engine);
    const prepared = await engine.profile.prepare();
    if (prepared.textIndexesCreated.length > 0 || prepared.searchGramsWritten > 0 || prepared.disclosedMetricsWritten > 0) {
      logger.info('prepared indexes and derived properties', { ...prepared });
    }
    await seedIfEmpty(engine, config, logger);
    // What a list can return, for the cost estimate: read once the graph is seeded, and again after each write.
    graphSizes = await LiveGraphSizes.read(engine.db, (error) =>
      logger.warn('could not read the graph sizes again after a write; the estimate keeps the previous ones', { error: (error as Error).message }),
    );
    apollo = createApollo(config, logger, await buildGraphSchema(), graphSizes, engine.db, responses);
    await apollo.start();
  } catch (error) {
    await front.stop(0);
    await engine?.db.close();
    throw error;
  }
  front.serve(apollo, responses);
  const { db, profile } = engine;
  if (!config.writesEnabled) logger.info('writes disabled (WRITES_ENABLED=false): the API is read-only');
  else if (!config.auth)
    logger.warn('auth: none configured; development mode, every request acts as the local user "local" with every role (set AUTH_JWT_SECRET or AUTH_JWKS_URL)');
  else logger.info('auth: bearer tokens required for writes', { verifier: authenticator.mode, reads: config.readsRequired ? 'required' : 'public' });
  logger.info('listening', { url, engine: db.engine, dataDir: config.neo4j ? undefined : (config.graphDataDir ?? '(in memory)') });

  let closing: Promise<void> | undefined;
  return {
    url,
    db,
    profile,
    close: () =>
      (closing ??= (async () => {
        const graceful = await front.stop(config.http.shutdownGraceMs);
        await apollo.stop();
        // Executions whose clients left are not tied to a connection: wait for them, so none reads from a closed engine.
        await inFlight.settled();
        await graphSizes.stop();
        await db.close();
        logger.info('stopped', { graceful });
      })()),
  };
}
