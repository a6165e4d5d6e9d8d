// A page of the services and a page of the vendors a provider's or a
// region's failure hits, with both totals, from ONE walk: what a query
// asking for both reads (services-page and vendors-page each walk again).
// The services as in services-page (nearest first, then id), the vendors as
// in vendors-page (by name then id, each with its hit services in id order).
// @param providerId  provider id, or null
// @param regionId    region id, or null
// @param servicesOffset  services to skip
// @param servicesLimit   services to return
// @param vendorsOffset   vendors to skip
// @param vendorsLimit    vendors to return
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
MATCH (r:Region)
WHERE r.provider = $providerId OR r.id = $regionId
// The hops are counted on the relationship list: binding the whole path costs the embedded engine twice as much.
// Current dependencies only, with no per-hop test: a retraction moves the edge to DEPENDS_ON_RETRACTED.
MATCH (r)<-[live:USES_INFRA WHERE live.retractedAt IS NULL]-(:Service)<-[hops:DEPENDS_ON*0..8]-(s:Service)
WHERE ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
WITH s, min(size(hops)) AS distance
ORDER BY distance, s.id
WITH collect(s) AS hit
// Aggregates without a grouping key: one row, with an empty list when nothing is hit.
CALL (hit) {
  UNWIND hit AS s
  MATCH (s)<-[:PROVIDES]-(v:Vendor)
  WITH v, s
  ORDER BY s.id
  WITH v, collect(s.id) AS serviceIds
  ORDER BY v.name, v.id
  RETURN collect({vendor: v, serviceIds: serviceIds}) AS vendorsHit
}
RETURN size(hit) AS servicesTotal,
  [n IN hit[$servicesOffset..($servicesOffset + $servicesLimit)] | n {.id, .name, .category, .description, .vendorId}] AS services,
  size(vendorsHit) AS vendorsTotal,
  [h IN vendorsHit[$vendorsOffset..($vendorsOffset + $vendorsLimit)] | {vendor: {id: h.vendor.id, name: h.vendor.name, nameEn: h.vendor.nameEn, website: h.vendor.website}, serviceIds: h.serviceIds}] AS vendors
