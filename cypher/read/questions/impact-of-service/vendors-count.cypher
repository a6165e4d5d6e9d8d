// How many vendors a service's failure hits: the vendors of the services in
// services-count.
// @param serviceId  the service that fails
MATCH (:Service {id: $serviceId})<-[chain:DEPENDS_ON*1..8]-(s:Service)
WHERE all(hop IN chain WHERE hop.retractedAt IS NULL)
WITH DISTINCT s
MATCH (s)<-[:PROVIDES]-(v:Vendor)
RETURN count(DISTINCT v) AS totalCount
