// Search over candidates: the same scoring and order as search.cypher, but
// vendors, services and disclosures are tested only for the candidates the
// engine's text indexes named (src/queries/search.ts; the embedded engine's
// BM25 indexes or Neo4j's FULLTEXT ones, by the engine profile):
// $vendorIds and $serviceIds, found by the grams of their own text, and the
// disclosures of $disclosingServiceIds, found by `disclosureSearchGrams`.
// Controls (121) and regions (30) are scanned.
// @param terms                 query terms, normalised
// @param phrase                the whole query, normalised
// @param minHits               least number of terms a hit must contain
// @param limit                 most hits returned
// @param kinds                 only hits of these kinds; null for all
// @param vendorIds             candidate vendors
// @param serviceIds            candidate services, for service hits
// @param disclosingServiceIds  candidate services, for disclosure hits
CALL () {
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'VENDOR' IN $kinds
  UNWIND $vendorIds AS vendorId
  MATCH (v:Vendor {id: vendorId})
  WITH v, size([t IN $terms WHERE v.searchText CONTAINS t]) AS hits
  WHERE hits >= $minHits
  RETURN 'VENDOR' AS kind, v.id AS id, null AS serviceId, null AS controlId, v.name AS text, hits, v.searchText CONTAINS $phrase AS exact
  UNION ALL
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'SERVICE' IN $kinds
  UNWIND $serviceIds AS serviceId
  MATCH (s:Service {id: serviceId})
  WITH s, size([t IN $terms WHERE s.searchText CONTAINS t]) AS hits
  WHERE hits >= $minHits
  RETURN 'SERVICE' AS kind, s.id AS id, s.id AS serviceId, null AS controlId, s.name + ' ' + coalesce(s.description, '') AS text, hits, s.searchText CONTAINS $phrase AS exact
  UNION ALL
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'CONTROL' IN $kinds
  MATCH (c:Control)
  WITH c, size([t IN $terms WHERE c.searchText CONTAINS t]) AS hits
  WHERE hits >= $minHits
  RETURN 'CONTROL' AS kind, c.id AS id, null AS serviceId, c.id AS controlId, c.code + ' ' + coalesce(c.title, '') + ' ' + c.titleEn AS text, hits, c.searchText CONTAINS $phrase AS exact
  UNION ALL
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'REGION' IN $kinds
  MATCH (r:Region)
  WITH r, size([t IN $terms WHERE r.searchText CONTAINS t]) AS hits
  WHERE hits >= $minHits
  RETURN 'REGION' AS kind, r.id AS id, null AS serviceId, null AS controlId, r.name AS text, hits, r.searchText CONTAINS $phrase AS exact
  UNION ALL
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'DISCLOSURE' IN $kinds
  UNWIND $disclosingServiceIds AS disclosingServiceId
  MATCH (s:Service {id: disclosingServiceId})-[d:IMPLEMENTS WHERE d.retractedAt IS NULL]->(c:Control)
  WITH s, d, c, size([t IN $terms WHERE d.searchText CONTAINS t]) AS hits
  WHERE hits >= $minHits
  RETURN 'DISCLOSURE' AS kind, d.id AS id, s.id AS serviceId, c.id AS controlId, d.summary + ' ' + d.evidenceQuote AS text, hits, d.searchText CONTAINS $phrase AS exact
}
RETURN kind, id, serviceId, controlId, text, hits, exact
ORDER BY exact DESC, hits DESC, kind, id
LIMIT $limit
