/**
 * What the benchmark reads from the loaded graph itself: node and
 * relationship counts for the report, and the parameters of the questions
 * (the busiest region, a spread of service ids), so the same question set
 * works on the real seed and on any generated size. These statements are
 * the benchmark's own, not the API's, so they live here and not in cypher/.
 */
import { parseStatement } from '../../src/db/cypher-statement.js';
import type { GraphDatabase } from '../../src/db/graph-database.js';

const countNodes = parseStatement(
  'bench/count-nodes',
  `MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS n
ORDER BY label`,
);

const countRelationships = parseStatement(
  'bench/count-relationships',
  `MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS n
ORDER BY type`,
);

const busiestRegion = parseStatement(
  'bench/busiest-region',
  `// The region the most services USES_INFRA.
MATCH (:Service)-[u:USES_INFRA]->(r:Region)
RETURN r.id AS id, r.provider AS provider, count(u) AS usages
ORDER BY usages DESC, id
LIMIT 1`,
);

const vendorServiceIds = parseStatement(
  'bench/vendor-service-ids',
  `MATCH (:Vendor)-[:PROVIDES]->(s:Service)
RETURN s.id AS id
ORDER BY id`,
);

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  totalNodes: number;
  totalRelationships: number;
}

export async function graphCounts(db: GraphDatabase): Promise<GraphCounts> {
  const nodes = Object.fromEntries((await db.read(countNodes)).map((r) => [String(r.label), Number(r.n)]));
  const relationships = Object.fromEntries((await db.read(countRelationships)).map((r) => [String(r.type), Number(r.n)]));
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return { nodes, relationships, totalNodes: sum(nodes), totalRelationships: sum(relationships) };
}

export interface QuestionParameters {
  /** Ids of services that have a vendor, evenly spread over the id order: the lookup cycles through them. */
  serviceIds: string[];
  busyRegion: { id: string; provider: string; usages: number };
}

export async function questionParameters(db: GraphDatabase, lookupIds = 100): Promise<QuestionParameters> {
  const [region] = await db.read(busiestRegion);
  if (!region) throw new Error('the graph has no USES_INFRA relationship to benchmark');
  const ids = (await db.read(vendorServiceIds)).map((r) => String(r.id));
  const step = Math.max(1, ids.length / lookupIds);
  const serviceIds = Array.from({ length: Math.min(lookupIds, ids.length) }, (_, i) => ids[Math.floor(i * step)]!);
  return { serviceIds, busyRegion: { id: String(region.id), provider: String(region.provider), usages: Number(region.usages) } };
}
