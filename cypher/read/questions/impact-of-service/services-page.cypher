// One page of the services a service's failure hits (as in
// services-count), nearest first: fewest DEPENDS_ON hops, then id. Only the
// services: their paths are built for the page alone (paths). With the
// total, so a query asking for both walks once.
// @param serviceId  the service that fails
// @param offset     services to skip
// @param limit      services to return
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
// The hops are counted on the relationship list: binding the whole path costs the embedded engine twice as much.
MATCH (:Service {id: $serviceId})<-[hops:DEPENDS_ON*1..8]-(s:Service)
WHERE all(hop IN hops WHERE hop.retractedAt IS NULL)
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
WITH s, min(size(hops)) AS distance
ORDER BY distance, s.id
// The walk that orders the page also counts it: one walk for both.
WITH collect(s) AS hit
RETURN size(hit) AS totalCount, [n IN hit[$offset..($offset + $limit)] | n {.id, .name, .category, .description, .vendorId}] AS services
