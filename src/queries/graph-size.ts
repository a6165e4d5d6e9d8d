/** How big the graph is: whether start-up should seed it. */
import { z } from 'zod';
import { readSingleRow, statement, type GraphReader } from './statement.js';

const countNodesStatement = statement<Record<string, never>>('admin/count-nodes');

export async function countNodes(db: GraphReader): Promise<number> {
  return (await readSingleRow(db, countNodesStatement, {}, z.object({ nodes: z.number() }))).nodes;
}
