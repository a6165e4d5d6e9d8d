// Blast radius of a provider or a region: every service that USES_INFRA it
// directly, and every service that reaches one of those through a chain of
// DEPENDS_ON (up to 8 hops), with each path's edges in order.
// @param providerId  provider id, or null
// @param regionId    region id, or null
MATCH (r:Region)<-[u:USES_INFRA]-(direct:Service)
WHERE ($providerId IS NOT NULL AND r.provider = $providerId) OR ($regionId IS NOT NULL AND r.id = $regionId)
MATCH path = (s:Service)-[:DEPENDS_ON*0..8]->(direct)
RETURN s.id AS serviceId,
  u {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, serviceId: direct.id, regionId: r.id} AS infrastructure,
  [rel IN relationships(path) | rel {.id, .function, .dataShared, .evidenceDocument, .evidenceSection, .evidenceQuote, serviceId: startNode(rel).id, dependsOnId: endNode(rel).id}] AS dependencies
ORDER BY size(dependencies), serviceId, r.id
