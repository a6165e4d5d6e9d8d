/**
 * A Cypher statement loaded from a file in `cypher/`. The file starts with
 * comment lines declaring the parameters it expects:
 *
 *   // Vendors by id, in the order given.
 *   // @param ids  list of vendor ids
 *
 * The declarations feed Neo4j's linter in the tests, and the loader checks
 * that a statement is never run with a parameter it does not declare.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/project-root.js';

export interface CypherStatement {
  /** Path under cypher/ without the extension, e.g. `read/vendors-by-id`. */
  readonly name: string;
  readonly text: string;
  readonly params: readonly string[];
}

export const cypherRoot = path.join(projectRoot, 'cypher');

export function parseStatement(name: string, source: string): CypherStatement {
  const params = [...source.matchAll(/^\s*\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)/gm)].map((m) => m[1]!);
  return { name, text: source.trim(), params };
}

const cache = new Map<string, CypherStatement>();

/** Loads `cypher/<name>.cypher` once; a missing file fails at start-up, not at the first request. */
export function cypher(name: string): CypherStatement {
  let statement = cache.get(name);
  if (!statement) {
    statement = parseStatement(name, readFileSync(path.join(cypherRoot, `${name}.cypher`), 'utf8'));
    cache.set(name, statement);
  }
  return statement;
}

/** Splits a schema script (several statements separated by `;`) into statements. */
export function splitScript(statement: CypherStatement): string[] {
  return statement.text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}
