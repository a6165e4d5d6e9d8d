// One page of the vendors whose services USES_INFRA a provider's regions (or
// one region of it), by name then id, with how many there are in all. Only
// the vendors: their usages are read for the page alone
// (vendor-infrastructure-usages). Starts at the regions and walks out.
// @param provider  provider id, e.g. aws
// @param region    region code (ap-northeast-1) or id (aws:ap-northeast-1); null for every region
// @param basis     STATED or INFERRED; null for both
// @param offset    vendors to skip
// @param limit     page size
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
MATCH (r:Region {provider: $provider})
WHERE $region IS NULL OR r.code = $region OR r.id = $region
MATCH (r)<-[u:USES_INFRA WHERE u.retractedAt IS NULL]-(s:Service)
WHERE ($basis IS NULL OR u.basis = $basis)
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
MATCH (s)<-[:PROVIDES]-(v:Vendor)
WITH DISTINCT v
ORDER BY v.name, v.id
WITH collect(v) AS vendors
RETURN size(vendors) AS totalCount, [v IN vendors[$offset..($offset + $limit)] | v {.id, .name, .nameEn, .website}] AS vendors
