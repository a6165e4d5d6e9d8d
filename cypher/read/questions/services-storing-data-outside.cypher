// Services that STORES_DATA_IN any country other than the given one, with
// the location edges (basis, evidence) that say so.
// @param country  ISO 3166-1 alpha-2 code, e.g. JP
// @param scopeServiceIds  only these services (a portfolio's, src/graphql/portfolio-access.ts); null for the whole graph
MATCH (s:Service)-[l:STORES_DATA_IN WHERE l.retractedAt IS NULL]->(c:Country)
WHERE c.id <> $country
  AND ($scopeServiceIds IS NULL OR s.id IN $scopeServiceIds)
WITH s, collect(l {.id, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: s.id, countryId: c.id}) AS locations
RETURN s {.id, .name, .category, .description, .vendorId} AS service, locations
ORDER BY s.name
