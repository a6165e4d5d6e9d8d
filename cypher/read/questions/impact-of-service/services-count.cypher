// How many services a service's failure hits: those that reach it through
// a chain of DEPENDS_ON (1 to 8 hops). Starts at the target and walks out.
// @param serviceId  the service that fails
MATCH (:Service {id: $serviceId})<-[chain:DEPENDS_ON*1..8]-(s:Service)
WHERE all(hop IN chain WHERE hop.retractedAt IS NULL)
RETURN count(DISTINCT s) AS totalCount
