// One page of the certificates whose last day of validity (validUntil) falls
// from `from` to `until`, soonest first, with how many there are in all. With
// a portfolio, only the certificates of vendors whose services it uses, each
// with those services; without one, every holder, with no services listed.
// A certificate with no validUntil is never listed: nothing says when it ends.
// @param portfolioId  portfolio id; null for the whole graph
// @param from         first day (YYYY-MM-DD); null to list those already expired as well
// @param until        last day (YYYY-MM-DD)
// @param offset       certificates to skip
// @param limit        page size
MATCH (v:Vendor)-[h:CERTIFIED_BY WHERE h.retractedAt IS NULL]->(c:Certification)
WHERE h.validUntil IS NOT NULL AND h.validUntil <= $until AND ($from IS NULL OR h.validUntil >= $from)
OPTIONAL MATCH (:Portfolio {id: $portfolioId})-[u:USES WHERE u.retractedAt IS NULL]->(s:Service)<-[:PROVIDES]-(v)
WITH v, h, c, collect(DISTINCT s.id) AS serviceIds
WHERE $portfolioId IS NULL OR size(serviceIds) > 0
ORDER BY h.validUntil, h.id
WITH collect({holding: h {.id, .registrationNumber, .issuer, .edition, .scope, .validFrom, .validUntil, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, vendorId: v.id, certificationId: c.id}, serviceIds: serviceIds}) AS rows
RETURN size(rows) AS totalCount, rows[$offset..($offset + $limit)] AS items
