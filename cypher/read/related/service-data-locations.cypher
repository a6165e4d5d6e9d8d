// Countries a service STORES_DATA_IN, with basis and evidence on the edge.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Service {id: id})-[l:STORES_DATA_IN WHERE l.retractedAt IS NULL]->(c:Country)
RETURN id AS key, l {.id, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: id, countryId: c.id} AS edge
ORDER BY c.id
