// Services that SYNCS_TIME_WITH a time source.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:TimeSource {id: id})<-[t:SYNCS_TIME_WITH WHERE t.retractedAt IS NULL]-(s:Service)
RETURN id AS key, t {.id, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: s.id, timeSourceId: id} AS edge
ORDER BY s.name
