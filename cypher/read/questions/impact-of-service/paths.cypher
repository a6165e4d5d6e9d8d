// Every path by which the given services are hit when a service fails: a
// chain of DEPENDS_ON (1 to 8 hops) to it, each edge with its evidence, in
// order from the impacted service towards the target. Walks from the given
// services, so the work follows the page, not the size of the blast radius.
// @param ids        impacted service ids
// @param serviceId  the service that fails
UNWIND $ids AS impactedId
// Current dependencies only, with no per-hop test: a retraction moves the edge to DEPENDS_ON_RETRACTED.
MATCH path = (:Service {id: impactedId})-[:DEPENDS_ON*1..8]->(:Service {id: $serviceId})
RETURN impactedId AS serviceId,
  null AS infrastructure,
  [rel IN relationships(path) | rel {.id, .function, .dataShared, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: startNode(rel).id, dependsOnId: endNode(rel).id}] AS dependencies
// Shortest first. By length(path), not size(dependencies): the embedded engine ignores an ORDER BY on a function of a returned list.
ORDER BY serviceId, length(path)
