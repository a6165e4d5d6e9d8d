/**
 * Creates the constraints and indexes at start-up. Every statement is
 * `IF NOT EXISTS`, so this is safe on every start and on both engines.
 */
import { cypher, splitScript } from './cypher-statement.js';
import type { GraphDatabase } from './graph-database.js';

export async function ensureSchema(db: GraphDatabase): Promise<void> {
  const scripts = ['schema/constraints', 'schema/indexes', ...(db.engine === 'embedded' ? ['schema/embedded-id-indexes'] : [])];
  for (const script of scripts) {
    const statement = cypher(script);
    for (const [i, text] of splitScript(statement).entries()) {
      // Schema commands cannot share a transaction with each other on Neo4j: one each.
      await db.write({ name: `${statement.name}#${i + 1}`, text, params: [] });
    }
  }
}
