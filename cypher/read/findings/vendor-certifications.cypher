// The vendor of each service and the certificates of the given schemes it
// holds, with dates and evidence: what CERTIFICATION_HELD requirements are
// judged on. A service whose vendor the documents do not name has no row.
// @param serviceIds  the services to read
// @param schemes     certification ids, e.g. ["iso27001"]
UNWIND $serviceIds AS id
MATCH (v:Vendor)-[:PROVIDES]->(:Service {id: id})
OPTIONAL MATCH (v)-[h:CERTIFIED_BY WHERE h.retractedAt IS NULL]->(c:Certification)
WHERE c.id IN $schemes
WITH id, v, h, c
ORDER BY c.id
RETURN id AS serviceId, v.id AS vendorId, v.name AS vendorName,
  collect(h {.id, .registrationNumber, .issuer, .edition, .scope, .validFrom, .validUntil, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, vendorId: v.id, certificationId: c.id}) AS holdings
