// How many services a service's failure hits: those that reach it through
// a chain of DEPENDS_ON (1 to 8 hops). Starts at the target and walks out.
// @param serviceId  the service that fails
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
MATCH (:Service {id: $serviceId})<-[chain:DEPENDS_ON*1..8]-(s:Service)
WHERE all(hop IN chain WHERE hop.retractedAt IS NULL)
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
RETURN count(DISTINCT s) AS totalCount
