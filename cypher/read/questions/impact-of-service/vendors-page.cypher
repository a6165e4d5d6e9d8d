// One page of the vendors a service's failure hits, by name then id, each
// with the ids of its impacted services (as in services-count) in id order.
// @param serviceId  the service that fails
// @param offset     vendors to skip
// @param limit      vendors to return
MATCH (:Service {id: $serviceId})<-[:DEPENDS_ON*1..8]-(s:Service)
WITH DISTINCT s
MATCH (s)<-[:PROVIDES]-(v:Vendor)
WITH v, s
ORDER BY s.id
WITH v, collect(s.id) AS serviceIds
ORDER BY v.name, v.id
SKIP $offset
LIMIT $limit
RETURN v {.id, .name, .nameEn, .website} AS vendor, serviceIds
