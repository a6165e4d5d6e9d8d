// Blast radius of a service: every service that reaches it through a chain
// of DEPENDS_ON (up to 8 hops), with each path's edges in order from the
// impacted service towards the target. Starts at the target and walks out.
// @param serviceId  the service that fails
MATCH path = (:Service {id: $serviceId})<-[:DEPENDS_ON*1..8]-(s:Service)
RETURN s.id AS serviceId,
  null AS infrastructure,
  reverse([rel IN relationships(path) | rel {.id, .function, .dataShared, .evidenceDocument, .evidenceSection, .evidenceQuote, serviceId: startNode(rel).id, dependsOnId: endNode(rel).id}]) AS dependencies
ORDER BY size(dependencies), serviceId
