/** How big the graph is: whether start-up should seed it, and how many items a list can return (for the cost estimate). */
import { z } from 'zod';
import { readRows, readSingleRow, statement, type GraphReader } from './statement.js';

const countNodesStatement = statement<Record<string, never>>('admin/count-nodes');
const degreesStatement = statement<Record<string, never>>('admin/relationship-degrees');
const nodeCountsStatement = statement<Record<string, never>>('admin/node-counts');
const metricCountsStatement = statement<Record<string, never>>('admin/metric-counts');
const changeCountsStatement = statement<Record<string, never>>('admin/changes-per-target');

export async function countNodes(db: GraphReader): Promise<number> {
  return (await readSingleRow(db, countNodesStatement, {}, z.object({ nodes: z.number() }))).nodes;
}

/** max() over no rows is null: a relationship type or metric the graph does not hold yet counts 0. */
const count = z
  .number()
  .nullable()
  .transform((n) => n ?? 0);

export interface GraphShape {
  /** The most relationships of `type` one node has at that `end`. */
  degrees: Array<{ type: string; end: 'start' | 'end'; maxDegree: number }>;
  nodes: Array<{ label: string; nodes: number }>;
  /** The most metric values one disclosure, and one service over its disclosures, states. */
  metricValues: { perDisclosure: number; perService: number };
  /** The most changes recorded for one node or fact (its history). */
  changesPerTarget: number;
}

export async function readGraphShape(db: GraphReader): Promise<GraphShape> {
  const [degrees, nodes, metricValues, changes] = await Promise.all([
    readRows(db, degreesStatement, {}, z.object({ type: z.string(), end: z.enum(['start', 'end']), maxDegree: count })),
    readRows(db, nodeCountsStatement, {}, z.object({ label: z.string(), nodes: z.number() })),
    // Over a graph with no disclosures the aggregate still returns its one row, of nulls.
    readSingleRow(db, metricCountsStatement, {}, z.object({ perDisclosure: count, perService: count })),
    readSingleRow(db, changeCountsStatement, {}, z.object({ perTarget: count })),
  ]);
  return { degrees, nodes, metricValues, changesPerTarget: changes.perTarget };
}
