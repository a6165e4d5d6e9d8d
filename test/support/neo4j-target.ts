/**
 * Where the Neo4j contract suite runs: NEO4J_URI when set, else a Neo4j 5
 * container through testcontainers when a Docker engine answers. When
 * neither is there, `reason` says why, and the suite is reported as skipped
 * with that reason.
 */
import type { Neo4jSettings } from '../../src/db/neo4j-database.js';

export interface Neo4jTarget {
  settings?: Neo4jSettings;
  reason?: string;
  stop(): Promise<void>;
}

export const neo4jImage = 'neo4j:5.26-community';

export async function resolveNeo4jTarget(): Promise<Neo4jTarget> {
  if (process.env.NEO4J_URI) {
    return {
      settings: {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        database: process.env.NEO4J_DATABASE,
      },
      stop: async () => undefined,
    };
  }
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch (error) {
    const detail = (error as Error).message.split('\n')[0];
    return { reason: `no NEO4J_URI is set and no Docker engine is reachable (${detail})`, stop: async () => undefined };
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(neo4jImage).withPassword('contract-tests').start();
  return {
    settings: { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() },
    stop: async () => {
      await container.stop();
    },
  };
}
