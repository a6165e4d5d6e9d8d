// One page of the services a service's failure hits (as in
// services-count), nearest first: fewest DEPENDS_ON hops, then id. Only the
// services: their paths are built for the page alone (paths).
// @param serviceId  the service that fails
// @param offset     services to skip
// @param limit      services to return
// The hops are counted on the relationship list: binding the whole path costs the embedded engine twice as much.
MATCH (:Service {id: $serviceId})<-[hops:DEPENDS_ON*1..8]-(s:Service)
WITH s, min(size(hops)) AS distance
ORDER BY distance, s.id
SKIP $offset
LIMIT $limit
RETURN s {.id, .name, .category, .description, .vendorId} AS service
