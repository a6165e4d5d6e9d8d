/**
 * Which Neo4j the suites run on, decided once per test run (by the vitest
 * global setup, test/support/global-setup.ts):
 *
 * - NEO4J_URI set: that server, but only with NEO4J_TEST_WIPE=true, because
 *   every suite empties its database (NEO4J_DATABASE, or the server's
 *   default) before loading the seed. NEO4J_PASSWORD is required, as for
 *   the app.
 * - otherwise a throw-away Neo4j container through testcontainers, when a
 *   Docker engine answers;
 * - otherwise none, with a reason the run prints once and every skipped
 *   Neo4j suite carries in its title.
 */
import neo4j from 'neo4j-driver';
import type { Neo4jSettings } from '../../src/db/neo4j-database.js';

/** Pinned for the Cypher in cypher/: scoped `CALL (x) { … }` subqueries need Neo4j 5.23 or later. */
export const neo4jImage = 'neo4j:5.26-community';
export const minimumNeo4jVersion = '5.23';

/** What the run does about Neo4j. `detail` is printed with the reason, not put in test titles. */
export type Neo4jChoice = { kind: 'server'; settings: Neo4jSettings } | { kind: 'container' } | { kind: 'none'; reason: string; detail?: string };

/** Variables that opt in to wiping the database NEO4J_URI points at. */
const wipeOptIn = new Set(['true', '1']);

/**
 * Decides from the environment; `dockerProblem` is asked only when no
 * NEO4J_URI is set, and answers why no Docker engine can be used, or
 * undefined when one answers.
 */
export async function chooseNeo4jTarget(env: NodeJS.ProcessEnv, dockerProblem: () => Promise<string | undefined>): Promise<Neo4jChoice> {
  // An empty variable means "not set", as in the app's configuration.
  const uri = env.NEO4J_URI || undefined;
  if (uri) {
    if (!env.NEO4J_PASSWORD) return { kind: 'none', reason: `NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not` };
    if (!wipeOptIn.has(env.NEO4J_TEST_WIPE ?? '')) {
      const database = env.NEO4J_DATABASE ? `database "${env.NEO4J_DATABASE}"` : 'default database';
      return {
        kind: 'none',
        reason: `NEO4J_URI is set (${uri}), but the suites delete everything in its ${database}: set NEO4J_TEST_WIPE=true to allow it`,
      };
    }
    return {
      kind: 'server',
      settings: { uri, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE || undefined },
    };
  }
  const problem = await dockerProblem();
  if (problem !== undefined) return { kind: 'none', reason: 'no NEO4J_URI is set and no Docker engine is reachable', detail: problem };
  return { kind: 'container' };
}

/** Why testcontainers cannot reach a Docker engine, or undefined when it can. */
export async function dockerProblem(): Promise<string | undefined> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

/** Why a server whose Bolt agent is `agent` (e.g. "Neo4j/5.26.0") cannot run the Cypher, or undefined when it can. */
export function versionProblem(agent: string | undefined): string | undefined {
  const match = agent?.match(/^Neo4j\/(\d+)\.(\d+)/);
  if (!match) return `cannot tell the Neo4j version from the server's agent "${agent ?? ''}"`;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const [minMajor, minMinor] = minimumNeo4jVersion.split('.').map(Number) as [number, number];
  if (major > minMajor || (major === minMajor && minor >= minMinor)) return undefined;
  return `${agent} is older than Neo4j ${minimumNeo4jVersion}, which the Cypher needs (scoped CALL subqueries)`;
}

/**
 * Fails at once, with what is wrong, when the chosen server does not answer
 * or is too old: better than every suite waiting out the driver's retries.
 */
export async function checkNeo4jServer(settings: Neo4jSettings): Promise<void> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  try {
    const info = await driver.getServerInfo(settings.database ? { database: settings.database } : {});
    const problem = versionProblem(info.agent);
    if (problem) throw new Error(problem);
  } catch (error) {
    throw new Error(`Neo4j at ${settings.uri} cannot run the suites: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  } finally {
    await driver.close();
  }
}

export interface StartedNeo4j {
  settings: Neo4jSettings;
  stop(): Promise<void>;
}

/** A fresh Neo4j container, `neo4jImage`, for this run only. */
export async function startNeo4jContainer(): Promise<StartedNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(neo4jImage).withPassword('suite-tests').start();
  return {
    settings: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() },
    stop: async () => {
      await container.stop();
    },
  };
}

/** What the global setup hands every test file: the Neo4j to run on, or why there is none. */
export interface ProvidedNeo4j {
  settings?: Neo4jSettings;
  skipReason?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}
