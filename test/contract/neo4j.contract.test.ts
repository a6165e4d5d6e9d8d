/**
 * The same contract on Neo4j: NEO4J_URI when set, else a container when a
 * Docker engine answers. Without either, one skipped test says why.
 */
import { afterAll, describe, it } from 'vitest';
import { openNeo4j } from '../../src/engines/open-engine.js';
import { describeDatabaseContract } from './database-contract.js';
import { resolveNeo4jTarget } from '../support/neo4j-target.js';

const target = await resolveNeo4jTarget();
afterAll(() => target.stop());

if (target.settings) {
  const settings = target.settings;
  describeDatabaseContract(`Neo4j (${settings.uri})`, async () => openNeo4j(settings));
} else {
  console.warn(`Neo4j contract suite skipped: ${target.reason}`);
  describe('database contract on Neo4j', () => {
    it.skip(`skipped: ${target.reason}`, () => undefined);
  });
}
