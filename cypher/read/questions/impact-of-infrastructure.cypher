// Blast radius of a provider or a region: every service that USES_INFRA it
// directly, and every service that reaches one of those through a chain of
// DEPENDS_ON (up to 8 hops), with each path's edges in order from the
// impacted service towards the target. The pattern starts at the target and
// walks outwards, so the work is proportional to what is hit.
// @param providerId  provider id, or null
// @param regionId    region id, or null
MATCH (r:Region)
WHERE r.provider = $providerId OR r.id = $regionId
MATCH (r)<-[u:USES_INFRA]-(direct:Service)
MATCH path = (direct)<-[:DEPENDS_ON*0..8]-(s:Service)
RETURN s.id AS serviceId,
  u {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, serviceId: direct.id, regionId: r.id} AS infrastructure,
  reverse([rel IN relationships(path) | rel {.id, .function, .dataShared, .evidenceDocument, .evidenceSection, .evidenceQuote, serviceId: startNode(rel).id, dependsOnId: endNode(rel).id}]) AS dependencies
ORDER BY size(dependencies), serviceId, r.id
