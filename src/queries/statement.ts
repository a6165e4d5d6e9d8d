/**
 * The statements the query layer runs, declared once each at module load.
 *
 * `statement('read/by-id/vendors')` reads `cypher/read/by-id/vendors.cypher`
 * when the module that declares it is imported, so a missing or misspelt
 * file stops the server at start-up (and every test), not at the first
 * request that needs it. The type parameter names the parameters a caller
 * must pass; the port checks them against the file's `@param` declarations
 * (src/db/bind-params.ts): none missing, none unknown.
 */
import type { z } from 'zod';
import { cypher, type CypherStatement } from '../db/cypher-statement.js';
import type { GraphDatabase, Params } from '../db/graph-database.js';
import { decodeRows, decodeSingleRow } from './decode.js';

/** What the query layer needs of the port: reads. */
export type GraphReader = Pick<GraphDatabase, 'read'>;

/** A statement whose parameters are `P`: a file in `cypher/`, or one the filter compiler built. */
export interface Statement<P extends object> extends CypherStatement {
  /** Type-level only: the parameters the statement takes. */
  readonly __params?: P;
}

const declared = new Map<string, CypherStatement>();

export function statement<P extends object>(name: string): Statement<P> {
  const loaded = cypher(name);
  declared.set(name, loaded);
  return loaded;
}

/** Every statement declared by the modules imported so far, for the start-up report and the lint test. */
export function declaredStatements(): CypherStatement[] {
  return [...declared.values()];
}

/** Runs `s` with exactly its parameters and decodes every row with `schema`. */
export async function readRows<P extends object, S extends z.ZodType>(db: GraphReader, s: Statement<P>, params: P, schema: S): Promise<z.infer<S>[]> {
  return decodeRows(schema, await db.read(s, params as Params), s.name);
}

/** Runs an aggregate statement (one row) and decodes it. */
export async function readSingleRow<P extends object, S extends z.ZodType>(db: GraphReader, s: Statement<P>, params: P, schema: S): Promise<z.infer<S>> {
  return decodeSingleRow(schema, await db.read(s, params as Params), s.name);
}
