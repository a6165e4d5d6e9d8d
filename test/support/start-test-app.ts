/** Starts the real server on a free port: on the engine `env` names (the embedded engine, in memory, by default), or on `engine` (a database and its profile) when given. */
import { loadConfig } from '../../src/config/config.js';
import type { Engine } from '../../src/engines/engine-profile.js';
import { startApp, type RunningApp } from '../../src/server/app.js';
import type { Logger } from '../../src/server/logger.js';
import { GraphQLClient } from './graphql-client.js';

export interface TestApp extends RunningApp {
  client: GraphQLClient;
}

export async function startTestApp(env: Record<string, string> = {}, engine?: Engine, logger?: Logger): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const app = await startApp(config, { ...(engine ? { engine } : {}), ...(logger ? { logger } : {}) });
  return { ...app, client: new GraphQLClient(app.url) };
}
