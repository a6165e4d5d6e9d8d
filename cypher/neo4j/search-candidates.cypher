// Neo4j only (src/engines/neo4j-profile.ts): search candidates from the
// FULLTEXT indexes over the search grams, best match first: vendors and
// services by their own grams, services by their disclosures' grams. An
// index is asked only when its kind of hit is wanted; the others give [].
// @param query  Lucene query: the query's grams, escaped, separated by spaces (any may match)
// @param limit  most candidates per index
// @param kinds  only hits of these kinds; null for all
CALL () {
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'VENDOR' IN $kinds
  CALL db.index.fulltext.queryNodes('vendor_search_grams', $query, {limit: $limit}) YIELD node
  RETURN collect(node.id) AS vendorIds
}
CALL () {
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'SERVICE' IN $kinds
  CALL db.index.fulltext.queryNodes('service_search_grams', $query, {limit: $limit}) YIELD node
  RETURN collect(node.id) AS serviceIds
}
CALL () {
  WITH 1 AS wanted WHERE $kinds IS NULL OR 'DISCLOSURE' IN $kinds
  CALL db.index.fulltext.queryNodes('service_disclosure_search_grams', $query, {limit: $limit}) YIELD node
  RETURN collect(node.id) AS disclosingServiceIds
}
RETURN vendorIds, serviceIds, disclosingServiceIds
