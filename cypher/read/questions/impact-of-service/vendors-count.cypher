// How many vendors a service's failure hits: the vendors of the services in
// services-count.
// @param serviceId  the service that fails
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
// Current dependencies only, with no per-hop test: a retraction moves the edge to DEPENDS_ON_RETRACTED.
MATCH (:Service {id: $serviceId})<-[:DEPENDS_ON*1..8]-(s:Service)
WHERE ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
WITH DISTINCT s
MATCH (s)<-[:PROVIDES]-(v:Vendor)
RETURN count(DISTINCT v) AS totalCount
