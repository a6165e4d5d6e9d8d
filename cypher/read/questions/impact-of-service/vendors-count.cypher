// How many vendors a service's failure hits: the vendors of the services in
// services-count.
// @param serviceId  the service that fails
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
MATCH (:Service {id: $serviceId})<-[chain:DEPENDS_ON*1..8]-(s:Service)
WHERE all(hop IN chain WHERE hop.retractedAt IS NULL)
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
WITH DISTINCT s
MATCH (s)<-[:PROVIDES]-(v:Vendor)
RETURN count(DISTINCT v) AS totalCount
