/**
 * Rows out of the port are plain values of no particular shape; these turn
 * them into typed records, or fail naming the statement, the row and the
 * field that does not fit (a projection and its schema have drifted apart:
 * a bug, reported as an internal error, never as a wrong answer).
 */
import type { z } from 'zod';
import type { Row } from '../db/graph-database.js';

export class RowShapeError extends Error {
  constructor(statementName: string, rowIndex: number, issues: z.core.$ZodIssue[]) {
    const detail = issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
    super(`cypher/${statementName}.cypher returned a row (#${rowIndex}) of an unexpected shape: ${detail}`);
    this.name = 'RowShapeError';
  }
}

export function decodeRows<S extends z.ZodType>(schema: S, rows: Row[], statementName: string): z.infer<S>[] {
  return rows.map((row, index) => {
    const result = schema.safeParse(row);
    if (!result.success) throw new RowShapeError(statementName, index, result.error.issues);
    return result.data;
  });
}

/** A statement that returns exactly one row (an aggregate). */
export function decodeSingleRow<S extends z.ZodType>(schema: S, rows: Row[], statementName: string): z.infer<S> {
  if (rows.length !== 1) throw new Error(`cypher/${statementName}.cypher returned ${rows.length} rows where one was expected`);
  return decodeRows(schema, rows, statementName)[0]!;
}
