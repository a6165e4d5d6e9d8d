/**
 * Runs once per vitest run, before any test file: decides which Neo4j the
 * suites run on (test/support/neo4j-target.ts), starts the container when
 * that is the choice, checks the server answers and is recent enough (the
 * run stops at once, saying why, when not), and hands the settings to every
 * file. A run without Neo4j says why, once.
 */
import type { TestProject } from 'vitest/node';
import { checkNeo4jServer, chooseNeo4jTarget, dockerProblem, startNeo4jContainer, type StartedNeo4j } from './neo4j-target.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const choice = await chooseNeo4jTarget(process.env, dockerProblem);
  let container: StartedNeo4j | undefined;
  if (choice.kind === 'none') {
    console.warn(`Neo4j suites skipped: ${choice.reason}${choice.detail ? ` (${choice.detail})` : ''}`);
    project.provide('neo4j', { skipReason: choice.reason });
  } else if (choice.kind === 'server') {
    await checkNeo4jServer(choice.settings);
    project.provide('neo4j', { settings: choice.settings });
  } else {
    container = await startNeo4jContainer();
    try {
      await checkNeo4jServer(container.settings);
    } catch (error) {
      await container.stop();
      throw error;
    }
    project.provide('neo4j', { settings: container.settings });
  }
  return async () => {
    await container?.stop();
  };
}
