// Blast radius of a service: every service that reaches it through a chain
// of DEPENDS_ON (up to 8 hops), with each path's edges in order.
// @param serviceId  the service that fails
MATCH path = (s:Service)-[:DEPENDS_ON*1..8]->(:Service {id: $serviceId})
RETURN s.id AS serviceId,
  null AS infrastructure,
  [rel IN relationships(path) | rel {.id, .function, .dataShared, .evidenceDocument, .evidenceSection, .evidenceQuote, serviceId: startNode(rel).id, dependsOnId: endNode(rel).id}] AS dependencies
ORDER BY size(dependencies), serviceId
