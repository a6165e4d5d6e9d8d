// Vendors whose services USES_INFRA a provider's regions (or one region of
// it), each with the usage edges that say so: basis and evidence included.
// @param provider  provider id, e.g. aws
// @param region    region code (ap-northeast-1) or id (aws:ap-northeast-1); null for every region
// @param basis     STATED or INFERRED; null for both
MATCH (r:Region {provider: $provider})
WHERE $region IS NULL OR r.code = $region OR r.id = $region
MATCH (s:Service)-[u:USES_INFRA]->(r)
WHERE $basis IS NULL OR u.basis = $basis
MATCH (v:Vendor)-[:PROVIDES]->(s)
WITH v, collect(u {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, serviceId: s.id, regionId: r.id}) AS usages
RETURN v {.id, .name, .nameEn, .website} AS vendor, usages
ORDER BY v.name
