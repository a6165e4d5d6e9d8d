// Services a service DEPENDS_ON (sub-processors), with function and data shared.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Service {id: id})-[d:DEPENDS_ON WHERE d.retractedAt IS NULL]->(t:Service)
RETURN id AS key, d {.id, .function, .dataShared, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: id, dependsOnId: t.id} AS edge
ORDER BY t.id
