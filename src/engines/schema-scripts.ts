import { cypher, splitScript } from '../db/cypher-statement.js';
import type { GraphDatabase } from '../db/graph-database.js';

/** Runs schema scripts under cypher/schema/ (every command `IF NOT EXISTS`), one command per transaction, as Neo4j requires. */
export async function runSchemaScripts(db: GraphDatabase, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const statement = cypher(`schema/${name}`);
    for (const [i, text] of splitScript(statement).entries()) {
      await db.changeSchema({ name: `${statement.name}#${i + 1}`, text, params: [] });
    }
  }
}
