// Every path by which the given services are hit when a provider or a
// region fails: a chain of DEPENDS_ON (0 to 8 hops) to a service that
// USES_INFRA the target, each edge with its evidence, in order from the
// impacted service towards the target. Walks from the given services, so
// the work follows the page, not the size of the blast radius.
// @param ids         impacted service ids
// @param providerId  provider id, or null
// @param regionId    region id, or null
UNWIND $ids AS impactedId
// Current dependencies only, with no per-hop test: a retraction moves the edge to DEPENDS_ON_RETRACTED.
MATCH path = (:Service {id: impactedId})-[:DEPENDS_ON*0..8]->(direct:Service)
MATCH (direct)-[u:USES_INFRA WHERE u.retractedAt IS NULL]->(r:Region)
WHERE r.provider = $providerId OR r.id = $regionId
RETURN impactedId AS serviceId,
  u {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: direct.id, regionId: r.id} AS infrastructure,
  [rel IN relationships(path) | rel {.id, .function, .dataShared, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: startNode(rel).id, dependsOnId: endNode(rel).id}] AS dependencies
// Shortest first. By length(path), not size(dependencies): the embedded engine ignores an ORDER BY on a function of a returned list.
ORDER BY serviceId, length(path), r.id
