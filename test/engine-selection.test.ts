/**
 * Which engines the suites run on (test/support/neo4j-target.ts and
 * test-engines.ts), decided from the environment: this run has no Neo4j,
 * so the decision itself is what can be checked here, case by case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { projectRoot } from '../src/config/project-root.js';
import { chooseNeo4jTarget, minimumNeo4jVersion, neo4jImage, versionProblem } from './support/neo4j-target.js';
import { engineTargets } from './support/test-engines.js';

/** A Docker check that must not be asked. */
const notAsked = async (): Promise<string | undefined> => {
  throw new Error('the Docker engine was looked for although NEO4J_URI is set');
};
const reachable = async () => undefined;
const unreachable = async () => 'Could not find a working container runtime strategy';

describe('choosing the Neo4j the suites run on', () => {
  it('takes NEO4J_URI with its credentials and database when wiping it is allowed', async () => {
    const env = { NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'pw', NEO4J_USER: 'tester', NEO4J_DATABASE: 'suites', NEO4J_TEST_WIPE: 'true' };
    expect(await chooseNeo4jTarget(env, notAsked)).toEqual({
      kind: 'server',
      settings: { uri: 'bolt://db:7687', user: 'tester', password: 'pw', database: 'suites' },
    });
    expect(await chooseNeo4jTarget({ NEO4J_URI: 'neo4j://db', NEO4J_PASSWORD: 'pw', NEO4J_TEST_WIPE: '1' }, notAsked)).toEqual({
      kind: 'server',
      settings: { uri: 'neo4j://db', user: 'neo4j', password: 'pw', database: undefined },
    });
  });

  it('refuses to wipe the database NEO4J_URI points at unless NEO4J_TEST_WIPE=true, naming the database', async () => {
    for (const wipe of [undefined, '', 'false', 'yes']) {
      const choice = await chooseNeo4jTarget({ NEO4J_URI: 'bolt://prod:7687', NEO4J_PASSWORD: 'pw', NEO4J_TEST_WIPE: wipe }, notAsked);
      expect(choice).toEqual({
        kind: 'none',
        reason: 'NEO4J_URI is set (bolt://prod:7687), but the suites delete everything in its default database: set NEO4J_TEST_WIPE=true to allow it',
      });
    }
    const named = await chooseNeo4jTarget({ NEO4J_URI: 'bolt://prod:7687', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' }, notAsked);
    expect(named).toMatchObject({ kind: 'none', reason: expect.stringContaining('its database "graph"') });
  });

  it('needs NEO4J_PASSWORD with NEO4J_URI, as the app does', async () => {
    expect(await chooseNeo4jTarget({ NEO4J_URI: 'bolt://db:7687', NEO4J_TEST_WIPE: 'true' }, notAsked)).toEqual({
      kind: 'none',
      reason: 'NEO4J_URI is set (bolt://db:7687) but NEO4J_PASSWORD is not',
    });
  });

  it('starts a container when no NEO4J_URI is set (or it is empty) and a Docker engine answers', async () => {
    expect(await chooseNeo4jTarget({}, reachable)).toEqual({ kind: 'container' });
    expect(await chooseNeo4jTarget({ NEO4J_URI: '' }, reachable)).toEqual({ kind: 'container' });
  });

  it('runs without Neo4j when neither is there, saying why, with the Docker error as detail only', async () => {
    expect(await chooseNeo4jTarget({}, unreachable)).toEqual({
      kind: 'none',
      reason: 'no NEO4J_URI is set and no Docker engine is reachable',
      detail: 'Could not find a working container runtime strategy',
    });
  });
});

describe('the engine targets', () => {
  it('are the embedded engine, then Neo4j pointed at the chosen server through the app configuration', () => {
    const [embedded, neo4j] = engineTargets({ settings: { uri: 'bolt://db:7687', user: 'neo4j', password: 'pw', database: 'suites' } });
    expect(embedded).toMatchObject({ name: 'embedded', title: 'the embedded engine', env: {} });
    expect(embedded!.skipReason).toBeUndefined();
    expect(neo4j).toMatchObject({
      name: 'neo4j',
      title: 'Neo4j',
      env: { NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'suites' },
    });
    expect(neo4j!.skipReason).toBeUndefined();
  });

  it("point the app's own configuration at the chosen Neo4j", () => {
    const settings = { uri: 'neo4j+s://abc.databases.neo4j.io', user: 'tester', password: 'pw', database: 'suites' };
    const [embedded, neo4j] = engineTargets({ settings });
    // The app's Neo4j configuration also holds its connect timeout (NEO4J_CONNECT_TIMEOUT_MS), which the targets leave at its default.
    expect(loadConfig({ ...neo4j!.env }).neo4j).toMatchObject(settings);
    expect(loadConfig({ ...neo4j!.env, NEO4J_DATABASE: undefined }).neo4j).toMatchObject({ ...settings, database: undefined });
    expect(loadConfig({ ...embedded!.env }).neo4j).toBeUndefined();
  });

  it('give a Neo4j without a server its skip reason, and refuse to open it', async () => {
    const [embedded, neo4j] = engineTargets({ skipReason: 'no NEO4J_URI is set and no Docker engine is reachable' });
    expect(embedded!.skipReason).toBeUndefined();
    expect(neo4j!.skipReason).toBe('no NEO4J_URI is set and no Docker engine is reachable');
    expect(() => neo4j!.open()).toThrow('Neo4j is not available: no NEO4J_URI is set and no Docker engine is reachable');
    await expect(neo4j!.empty()).rejects.toThrow('Neo4j is not available');
  });

  it('say so when the global setup did not run', () => {
    expect(engineTargets(undefined)[1]!.skipReason).toMatch(/global setup .* did not run/);
  });

  it('open a fresh, empty embedded graph each time', async () => {
    const [embedded] = engineTargets(undefined);
    const { db, profile } = embedded!.open();
    try {
      expect(profile.engine).toBe('embedded');
      expect(db.engine).toBe('embedded');
      expect(await db.ping()).toBe(true);
    } finally {
      await db.close();
    }
  });
});

describe('the Neo4j version the Cypher needs', () => {
  const version = (tag: string) =>
    tag
      .match(/:(\d+)\.(\d+)/)!
      .slice(1)
      .map(Number) as [number, number];
  const atLeast = ([major, minor]: [number, number], [minMajor, minMinor]: [number, number]) => major > minMajor || (major === minMajor && minor >= minMinor);
  const minimum = minimumNeo4jVersion.split('.').map(Number) as [number, number];

  it('is what the statements use: scoped CALL subqueries, from 5.23', () => {
    const files = readdirSync(path.join(projectRoot, 'cypher'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cypher'));
    const scoped = files.filter((f) => /CALL \([a-z, ]*\) \{/.test(readFileSync(path.join(projectRoot, 'cypher', f), 'utf8')));
    expect(scoped.length).toBeGreaterThan(0);
    expect(minimumNeo4jVersion).toBe('5.23');
  });

  it('is met by the image the tests start and the one docker-compose.yml runs, which are the same', () => {
    const compose = readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8');
    const composeImage = compose.match(/image: (neo4j:\S+)/)![1]!;
    expect(composeImage).toBe(neo4jImage);
    expect(atLeast(version(neo4jImage), minimum)).toBe(true);
  });

  it("is checked against the server's agent before the suites run", () => {
    for (const agent of ['Neo4j/5.23.0', 'Neo4j/5.26.12', 'Neo4j/2025.01.0', 'Neo4j/6.0.0']) expect(versionProblem(agent), agent).toBeUndefined();
    expect(versionProblem('Neo4j/5.22.0')).toBe('Neo4j/5.22.0 is older than Neo4j 5.23, which the Cypher needs (scoped CALL subqueries)');
    expect(versionProblem('Neo4j/4.4.30')).toMatch(/is older than Neo4j 5\.23/);
    expect(versionProblem(undefined)).toMatch(/cannot tell the Neo4j version/);
  });

  it('is stated in the README', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain(`Neo4j ${minimumNeo4jVersion} or later`);
  });
});
