import { cypher } from './cypher-statement.js';
import type { GraphDatabase } from './graph-database.js';

/** Whether the engine answers the health statement; any failure means "no". */
export async function answersPing(read: GraphDatabase['read']): Promise<boolean> {
  try {
    const rows = await read(cypher('admin/ping'));
    return rows[0]?.ok === 1;
  } catch {
    return false;
  }
}
