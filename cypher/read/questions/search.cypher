// Full-text search over names, titles, summaries and quotes, Japanese
// included. Every searchable node or edge holds `searchText`, its text
// NFKC-normalised and lower-cased at load; the query comes cut into terms
// (character bigrams and latin words). A hit contains at least $minHits of
// the terms; it ranks by whether it holds the whole phrase, then by how
// many terms it holds. This full scan runs, on both engines, only for a
// query with no grams to look up in the text indexes (single characters);
// otherwise search-candidates.cypher scores the candidates the indexes name
// (src/queries/search.ts).
// @param terms    query terms, normalised
// @param phrase   the whole query, normalised
// @param minHits  least number of terms a hit must contain
// @param limit    most hits returned
// @param kinds    only hits of these kinds (VENDOR, SERVICE, CONTROL, REGION, DISCLOSURE); null for all
CALL () {
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'VENDOR' IN $kinds
  MATCH (v:Vendor)
  WITH v, size([t IN $terms WHERE v.searchText CONTAINS t]) AS hits
  WHERE hits >= $minHits
  RETURN 'VENDOR' AS kind, v.id AS id, null AS serviceId, null AS controlId, v.name AS text, hits, v.searchText CONTAINS $phrase AS exact
  UNION ALL
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'SERVICE' IN $kinds
  MATCH (s:Service)
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
  MATCH (s:Service)-[d:IMPLEMENTS WHERE d.retractedAt IS NULL]->(c:Control)
  WITH s, d, c, size([t IN $terms WHERE d.searchText CONTAINS t]) AS hits
  WHERE hits >= $minHits
  RETURN 'DISCLOSURE' AS kind, d.id AS id, s.id AS serviceId, c.id AS controlId, d.summary + ' ' + d.evidenceQuote AS text, hits, d.searchText CONTAINS $phrase AS exact
}
RETURN kind, id, serviceId, controlId, text, hits, exact
ORDER BY exact DESC, hits DESC, kind, id
LIMIT $limit
