/**
 * The engines every engine-neutral suite runs on: the embedded engine
 * always, Neo4j when the global setup found one (test/support/neo4j-target.ts).
 * A suite written once with `describeOnEngines` runs the same assertions on
 * each; on a run without Neo4j its Neo4j copy is reported as skipped, with
 * the reason in its title.
 */
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { EngineName } from '../../src/db/graph-database.js';
import type { Neo4jSettings } from '../../src/db/neo4j-database.js';
import type { Engine } from '../../src/engines/engine-profile.js';
import { openEmbedded, openNeo4j } from '../../src/engines/open-engine.js';
import type { Logger } from '../../src/server/logger.js';
import type { ProvidedNeo4j } from './neo4j-target.js';
import { startTestApp, type TestApp } from './start-test-app.js';
import { statementFixture } from './statement-fixtures.js';

export interface EngineTarget {
  readonly name: EngineName;
  /** How titles name it: "the embedded engine", "Neo4j". */
  readonly title: string;
  /** Why its suites do not run here; undefined when they do. */
  readonly skipReason?: string | undefined;
  /** Configuration variables that point the app at this engine (none: the embedded engine, in memory). */
  readonly env: Record<string, string>;
  /** A database on this engine, with its profile: a new in-memory graph, or a connection to the test Neo4j. */
  open(): Engine;
  /** Empties the engine's test graph, so the next start seeds it through the real loader. */
  empty(): Promise<void>;
}

const embedded: EngineTarget = {
  name: 'embedded',
  title: 'the embedded engine',
  env: {},
  open: () => openEmbedded(),
  // Every open is a new in-memory graph: nothing to empty.
  empty: async () => undefined,
};

function neo4jEnv(settings: Neo4jSettings): Record<string, string> {
  return {
    NEO4J_URI: settings.uri,
    NEO4J_USER: settings.user,
    NEO4J_PASSWORD: settings.password,
    ...(settings.database ? { NEO4J_DATABASE: settings.database } : {}),
  };
}

function neo4j(provided: ProvidedNeo4j | undefined): EngineTarget {
  const settings = provided?.settings;
  if (!settings) {
    const skipReason = provided?.skipReason ?? 'the vitest global setup (test/support/global-setup.ts) did not run';
    const unavailable = (): never => {
      throw new Error(`Neo4j is not available: ${skipReason}`);
    };
    return { name: 'neo4j', title: 'Neo4j', skipReason, env: {}, open: unavailable, empty: async () => unavailable() };
  }
  return {
    name: 'neo4j',
    title: 'Neo4j',
    env: neo4jEnv(settings),
    open: () => openNeo4j(settings),
    empty: async () => {
      const { db } = openNeo4j(settings);
      try {
        await db.write(statementFixture('delete-everything'));
      } finally {
        await db.close();
      }
    },
  };
}

/** The engines for what the global setup provided: embedded, then Neo4j (available or with its skip reason). */
export function engineTargets(provided: ProvidedNeo4j | undefined): EngineTarget[] {
  return [embedded, neo4j(provided)];
}

export const engines: EngineTarget[] = engineTargets(inject('neo4j'));

/** `body` as a suite on one engine, titled "<title> on <engine>"; a skipped engine's suite says why. */
export function describeOn(engine: EngineTarget, title: string, body: (engine: EngineTarget) => void): void {
  const name = `${title} on ${engine.title}`;
  if (engine.skipReason) describe.skip(`${name} (skipped: ${engine.skipReason})`, () => body(engine));
  else describe(name, () => body(engine));
}

/** The same suite on every engine. */
export function describeOnEngines(title: string, body: (engine: EngineTarget) => void): void {
  for (const engine of engines) describeOn(engine, title, body);
}

/**
 * The real server on `engine`, on a graph emptied first and seeded at start-up
 * through the real loader. `opened` replaces the engine's own connection (a
 * wrapping database, say, with the profile); it should come from `engine.open()`.
 */
export async function startSeededApp(engine: EngineTarget, env: Record<string, string> = {}, opened?: Engine, logger?: Logger): Promise<TestApp> {
  await engine.empty();
  return startTestApp({ ...engine.env, ...env, SEED_ON_EMPTY: 'true' }, opened, logger);
}

/**
 * A suite's app: started on `engine` (seeded, as `startSeededApp`) before the
 * suite's tests, closed after them. Usable from the tests on.
 */
export function useSeededApp(engine: EngineTarget, env: Record<string, string> = {}): TestApp {
  const app = suiteResource(
    'app',
    () => startSeededApp(engine, env),
    (started) => started.close(),
  );
  return {
    get url() {
      return app().url;
    },
    get db() {
      return app().db;
    },
    get profile() {
      return app().profile;
    },
    get client() {
      return app().client;
    },
    close: () => app().close(),
  };
}

/**
 * A suite's engine: its graph emptied and opened, the schema prepared, before
 * the suite's tests; closed after them. Usable from the tests on.
 */
export function useEmptyEngine(engine: EngineTarget): Engine {
  const current = suiteResource(
    'engine',
    async () => {
      await engine.empty();
      const opened = engine.open();
      await opened.profile.prepare();
      return opened;
    },
    (opened) => opened.db.close(),
  );
  return {
    get db() {
      return current().db;
    },
    get profile() {
      return current().profile;
    },
  };
}

/** What `setUp` gives before a suite's tests, torn down after them: read it from a test or a later hook. */
function suiteResource<T>(what: string, setUp: () => Promise<T>, tearDown: (value: T) => Promise<void>): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await setUp();
  });
  afterAll(async () => {
    if (value !== undefined) await tearDown(value);
  });
  return () => {
    if (value === undefined) throw new Error(`the suite ${what} is set up in beforeAll: use it from a test or a later hook`);
    return value;
  };
}
