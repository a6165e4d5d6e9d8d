import type { Config } from '../config/config.js';
import type { GraphDatabase } from './graph-database.js';
import { EmbeddedDatabase } from './embedded-database.js';
import { Neo4jDatabase, type Neo4jConnectOptions } from './neo4j-database.js';

/** Neo4j when NEO4J_URI is set; otherwise the embedded engine, in memory or in GRAPH_DATA_DIR. */
export function openDatabase(config: Pick<Config, 'neo4j' | 'graphDataDir'>): GraphDatabase {
  return config.neo4j ? Neo4jDatabase.open(config.neo4j) : EmbeddedDatabase.open(config.graphDataDir);
}

/**
 * As `openDatabase`, for the server: Neo4j must answer within NEO4J_CONNECT_TIMEOUT_MS
 * (retried with backoff), and its read transactions are bounded by the request time limit.
 */
export async function connectDatabase(
  config: Pick<Config, 'neo4j' | 'graphDataDir' | 'http'>,
  onRetry?: Neo4jConnectOptions['onRetry'],
): Promise<GraphDatabase> {
  if (!config.neo4j) return EmbeddedDatabase.open(config.graphDataDir);
  return Neo4jDatabase.connect(config.neo4j, { connectTimeoutMs: config.neo4j.connectTimeoutMs, readTimeoutMs: config.http.requestTimeoutMs, onRetry });
}
