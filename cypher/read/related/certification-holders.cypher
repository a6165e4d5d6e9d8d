// Vendors holding a certification, with the holding edge.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Certification {id: id})<-[h:CERTIFIED_BY WHERE h.retractedAt IS NULL]-(v:Vendor)
RETURN id AS key, h {.id, .registrationNumber, .issuer, .edition, .scope, .validFrom, .validUntil, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, vendorId: v.id, certificationId: id} AS edge
ORDER BY v.name
