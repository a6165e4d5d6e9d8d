// Services that DEPENDS_ON a service: the reverse of service-dependencies.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Service {id: id})<-[d:DEPENDS_ON WHERE d.retractedAt IS NULL]-(s:Service)
RETURN id AS key, d {.id, .function, .dataShared, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: s.id, dependsOnId: id} AS edge
ORDER BY s.id
