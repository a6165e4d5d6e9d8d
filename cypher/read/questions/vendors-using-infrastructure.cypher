// Vendors whose services USES_INFRA a provider's regions (or one region of
// it), each with the usage edges that say so: basis and evidence included.
// Starts at the regions and walks out to services and their vendors.
// @param provider  provider id, e.g. aws
// @param region    region code (ap-northeast-1) or id (aws:ap-northeast-1); null for every region
// @param basis     STATED or INFERRED; null for both
MATCH (r:Region {provider: $provider})
WHERE $region IS NULL OR r.code = $region OR r.id = $region
MATCH (r)<-[u:USES_INFRA]-(s:Service)
WHERE $basis IS NULL OR u.basis = $basis
MATCH (s)<-[:PROVIDES]-(v:Vendor)
WITH v, collect(u {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, serviceId: s.id, regionId: r.id}) AS usages
RETURN v {.id, .name, .nameEn, .website} AS vendor, usages
ORDER BY v.name
