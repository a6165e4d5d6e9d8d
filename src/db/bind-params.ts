import type { CypherStatement } from './cypher-statement.js';
import type { Params } from './graph-database.js';

/**
 * The parameters a statement runs with: exactly those it declares. A
 * declared parameter the caller left out is an error, not a silent `null`
 * (a null switches an optional filter off, so a forgotten parameter would
 * quietly answer with everything); a caller that means "no filter" passes
 * `null` explicitly. A parameter the statement does not declare is an error
 * too: both are bugs in the caller.
 */
export function bindParams(statement: CypherStatement, params: Params = {}): Params {
  const unknown = Object.keys(params).filter((k) => !statement.params.includes(k));
  if (unknown.length > 0) {
    throw new Error(`cypher/${statement.name}.cypher does not declare parameter(s) ${unknown.map((k) => `$${k}`).join(', ')}`);
  }
  const missing = statement.params.filter((k) => params[k] === undefined);
  if (missing.length > 0) {
    throw new Error(`cypher/${statement.name}.cypher needs parameter(s) ${missing.map((k) => `$${k}`).join(', ')} (pass null explicitly for "none")`);
  }
  const bound: Params = {};
  for (const name of statement.params) bound[name] = params[name];
  return bound;
}
