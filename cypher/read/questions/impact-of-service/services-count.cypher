// How many services a service's failure hits: those that reach it through
// a chain of DEPENDS_ON (1 to 8 hops). Starts at the target and walks out.
// @param serviceId  the service that fails
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
// Current dependencies only, with no per-hop test: a retraction moves the edge to DEPENDS_ON_RETRACTED.
MATCH (:Service {id: $serviceId})<-[:DEPENDS_ON*1..8]-(s:Service)
WHERE ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
RETURN count(DISTINCT s) AS totalCount
