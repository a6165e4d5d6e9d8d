/**
 * Opens the configured database with its engine profile: Neo4j when
 * NEO4J_URI is set; otherwise the embedded engine, in memory or in
 * GRAPH_DATA_DIR.
 */
import type { Config } from '../config/config.js';
import { EmbeddedDatabase } from '../db/embedded-database.js';
import { Neo4jDatabase, type Neo4jConnectOptions, type Neo4jSettings } from '../db/neo4j-database.js';
import { embeddedProfile } from './embedded-profile.js';
import type { Engine } from './engine-profile.js';
import { neo4jProfile } from './neo4j-profile.js';

/** The embedded engine; `dataDir` undefined: in memory. */
export function openEmbedded(dataDir?: string): Engine & { db: EmbeddedDatabase } {
  const db = EmbeddedDatabase.open(dataDir);
  return { db, profile: embeddedProfile(db) };
}

export function openNeo4j(settings: Neo4jSettings): Engine & { db: Neo4jDatabase } {
  const db = Neo4jDatabase.open(settings);
  return { db, profile: neo4jProfile(db) };
}

export function openEngine(config: Pick<Config, 'neo4j' | 'graphDataDir'>): Engine {
  return config.neo4j ? openNeo4j(config.neo4j) : openEmbedded(config.graphDataDir);
}

/**
 * As `openEngine`, for the server: Neo4j must answer within
 * NEO4J_CONNECT_TIMEOUT_MS (retried with backoff), and its read transactions
 * are bounded by the request time limit.
 */
export async function connectEngine(config: Pick<Config, 'neo4j' | 'graphDataDir' | 'http'>, onRetry?: Neo4jConnectOptions['onRetry']): Promise<Engine> {
  if (!config.neo4j) return openEmbedded(config.graphDataDir);
  const db = await Neo4jDatabase.connect(config.neo4j, {
    connectTimeoutMs: config.neo4j.connectTimeoutMs,
    readTimeoutMs: config.http.requestTimeoutMs,
    onRetry,
  });
  return { db, profile: neo4jProfile(db) };
}
