// How many services a service's failure hits: those that reach it through
// a chain of DEPENDS_ON (1 to 8 hops). Starts at the target and walks out.
// @param serviceId  the service that fails
// Current dependencies only, with no per-hop test: a retraction moves the edge to DEPENDS_ON_RETRACTED.
MATCH (:Service {id: $serviceId})<-[:DEPENDS_ON*1..8]-(s:Service)
RETURN count(DISTINCT s) AS totalCount
