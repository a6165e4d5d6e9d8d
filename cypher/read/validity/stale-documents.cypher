// One page of the current documents (no newer version replaces them)
// published before `before`, and of those that carry no date at all (they
// cannot be shown to be fresh), undated first, then oldest first, with how
// many there are in all. With a portfolio, only the documents of vendors
// whose services it uses, each with those services.
// @param portfolioId  portfolio id; null for the whole graph
// @param before       YYYY-MM-DD: a document published before this day is stale
// @param offset       documents to skip
// @param limit        page size
MATCH (d:Document)
WHERE (d.publishedOn IS NULL OR d.publishedOn < $before) AND NOT EXISTS { MATCH (:Document)-[:PREVIOUS_VERSION]->(d) }
OPTIONAL MATCH (:Portfolio {id: $portfolioId})-[u:USES WHERE u.retractedAt IS NULL]->(s:Service)<-[:PROVIDES]-(:Vendor)-[:PUBLISHED]->(d)
WITH d, collect(DISTINCT s.id) AS serviceIds
WHERE $portfolioId IS NULL OR size(serviceIds) > 0
ORDER BY d.publishedOn IS NOT NULL, d.publishedOn, d.id
WITH collect({document: d {.id, .title, .version, .publishedOn, .publisher, .sourceFile}, serviceIds: serviceIds}) AS rows
RETURN size(rows) AS totalCount, rows[$offset..($offset + $limit)] AS items
