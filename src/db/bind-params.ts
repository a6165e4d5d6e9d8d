import type { CypherStatement } from './cypher-statement.js';
import type { Params } from './graph-database.js';

/**
 * The parameters a statement runs with: every parameter it declares, `null`
 * where the caller gave none (optional filters read `$x IS NULL`), and an
 * error for a parameter it does not declare, which is always a bug.
 */
export function bindParams(statement: CypherStatement, params: Params = {}): Params {
  const unknown = Object.keys(params).filter((k) => !statement.params.includes(k));
  if (unknown.length > 0) {
    throw new Error(`cypher/${statement.name}.cypher does not declare parameter(s) ${unknown.map((k) => `$${k}`).join(', ')}`);
  }
  const bound: Params = {};
  for (const name of statement.params) bound[name] = params[name] === undefined ? null : params[name];
  return bound;
}
