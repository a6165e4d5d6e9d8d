// Services that USES_INFRA a region, with the usage edge.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Region {id: id})<-[u:USES_INFRA WHERE u.retractedAt IS NULL]-(s:Service)
RETURN id AS key, u {.id, .purpose, .basis, .reasoning, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: s.id, regionId: id} AS edge
ORDER BY s.name
