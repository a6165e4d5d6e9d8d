// How many vendors a provider's or a region's failure hits: the vendors of
// the services in services-count.
// @param providerId  provider id, or null
// @param regionId    region id, or null
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
MATCH (r:Region)
WHERE r.provider = $providerId OR r.id = $regionId
MATCH (r)<-[live:USES_INFRA WHERE live.retractedAt IS NULL]-(:Service)<-[chain:DEPENDS_ON*0..8]-(s:Service)
WHERE all(hop IN chain WHERE hop.retractedAt IS NULL)
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
WITH DISTINCT s
MATCH (s)<-[:PROVIDES]-(v:Vendor)
RETURN count(DISTINCT v) AS totalCount
