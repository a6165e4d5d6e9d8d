// The vendor of each service and the certificates of the given schemes it
// holds, with dates and evidence: what CERTIFICATION_HELD requirements are
// judged on. A service whose vendor the documents do not name has no row.
// @param serviceIds  the services to read
// @param schemes     certification ids, e.g. ["iso27001"]
UNWIND $serviceIds AS id
// From the service (an index seek) to its vendor: written vendor-first, the embedded engine scans every
// vendor for each id (300 ids on 10,000 vendors: 2.5 s against 9 ms).
MATCH (:Service {id: id})<-[:PROVIDES]-(v:Vendor)
OPTIONAL MATCH (v)-[h:CERTIFIED_BY WHERE h.retractedAt IS NULL]->(c:Certification)
WHERE c.id IN $schemes
WITH id, v, h, c
ORDER BY c.id
RETURN id AS serviceId, v.id AS vendorId, v.name AS vendorName,
  collect(h {.id, .registrationNumber, .issuer, .edition, .scope, .validFrom, .validUntil, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, vendorId: v.id, certificationId: c.id}) AS holdings
