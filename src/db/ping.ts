import { cypher } from './cypher-statement.js';
import type { GraphDatabase } from './graph-database.js';

// Read when the module loads: a missing file stops the start, not the first health check.
const ping = cypher('admin/ping');

/** Whether the engine answers the health statement; any failure means "no". */
export async function answersPing(read: GraphDatabase['read']): Promise<boolean> {
  try {
    const rows = await read(ping);
    return rows[0]?.ok === 1;
  } catch {
    return false;
  }
}
