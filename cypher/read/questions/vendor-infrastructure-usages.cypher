// The USES_INFRA edges by which the given vendors' services run on a
// provider's regions (or one region of it): basis and evidence included.
// Reads one page of vendorsUsingInfrastructure; same filters as
// vendors-using-infrastructure-page. Starts at the vendors, so the work
// follows the page, not the region's size. With each usage its service, as
// the look-up by id gives it (by-id/services): a query asking for the
// services reads no more.
// @param ids       vendor ids
// @param provider  provider id, e.g. aws
// @param region    region code (ap-northeast-1) or id (aws:ap-northeast-1); null for every region
// @param basis     STATED or INFERRED; null for both
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
UNWIND $ids AS vendorId
MATCH (:Vendor {id: vendorId})-[:PROVIDES]->(s:Service)-[u:USES_INFRA WHERE u.retractedAt IS NULL]->(r:Region {provider: $provider})
WHERE ($region IS NULL OR r.code = $region OR r.id = $region)
  AND ($basis IS NULL OR u.basis = $basis)
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
RETURN vendorId, u {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: s.id, regionId: r.id} AS usage,
  s {.id, .name, .category, .description, .vendorId} AS service
ORDER BY vendorId, s.id, r.id
