// How many services a provider's or a region's failure hits: those that
// USES_INFRA it, and those that reach one of them through a chain of
// DEPENDS_ON (up to 8 hops). Starts at the target and walks outwards.
// @param providerId  provider id, or null
// @param regionId    region id, or null
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
MATCH (r:Region)
WHERE r.provider = $providerId OR r.id = $regionId
MATCH (r)<-[live:USES_INFRA WHERE live.retractedAt IS NULL]-(:Service)<-[chain:DEPENDS_ON*0..8]-(s:Service)
WHERE all(hop IN chain WHERE hop.retractedAt IS NULL)
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
RETURN count(DISTINCT s) AS totalCount
