import type { Config } from '../config/config.js';
import type { GraphDatabase } from './graph-database.js';
import { EmbeddedDatabase } from './embedded-database.js';
import { Neo4jDatabase } from './neo4j-database.js';

/** Neo4j when NEO4J_URI is set; otherwise the embedded engine, in memory or in GRAPH_DATA_DIR. */
export function openDatabase(config: Pick<Config, 'neo4j' | 'graphDataDir'>): GraphDatabase {
  return config.neo4j ? Neo4jDatabase.open(config.neo4j) : EmbeddedDatabase.open(config.graphDataDir);
}
