// Services that STORES_DATA_IN any country other than the given one, with
// the location edges (basis, evidence) that say so.
// @param country  ISO 3166-1 alpha-2 code, e.g. JP
MATCH (s:Service)-[l:STORES_DATA_IN WHERE l.retractedAt IS NULL]->(c:Country)
WHERE c.id <> $country
WITH s, collect(l {.id, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: s.id, countryId: c.id}) AS locations
RETURN s {.id, .name, .category, .description, .vendorId} AS service, locations
ORDER BY s.name
