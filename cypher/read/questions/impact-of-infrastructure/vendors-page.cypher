// One page of the vendors a provider's or a region's failure hits, by name
// then id, each with the ids of its impacted services (as in
// services-count) in id order.
// @param providerId  provider id, or null
// @param regionId    region id, or null
// @param offset      vendors to skip
// @param limit       vendors to return
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
MATCH (r:Region)
WHERE r.provider = $providerId OR r.id = $regionId
MATCH (r)<-[live:USES_INFRA WHERE live.retractedAt IS NULL]-(:Service)<-[chain:DEPENDS_ON*0..8]-(s:Service)
WHERE all(hop IN chain WHERE hop.retractedAt IS NULL)
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
WITH DISTINCT s
MATCH (s)<-[:PROVIDES]-(v:Vendor)
WITH v, s
ORDER BY s.id
WITH v, collect(s.id) AS serviceIds
ORDER BY v.name, v.id
// The walk that orders the page also counts it: one walk for both.
WITH collect({vendor: v, serviceIds: serviceIds}) AS hit
RETURN size(hit) AS totalCount,
  [h IN hit[$offset..($offset + $limit)] | {vendor: {id: h.vendor.id, name: h.vendor.name, nameEn: h.vendor.nameEn, website: h.vendor.website}, serviceIds: h.serviceIds}] AS vendors
