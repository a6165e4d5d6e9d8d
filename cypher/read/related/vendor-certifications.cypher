// Certifications a vendor holds, with the holding's registration number, scope and evidence.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Vendor {id: id})-[h:CERTIFIED_BY WHERE h.retractedAt IS NULL]->(c:Certification)
RETURN id AS key, h {.id, .registrationNumber, .issuer, .edition, .scope, .validFrom, .validUntil, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, vendorId: id, certificationId: c.id} AS edge
ORDER BY c.id
