// Time sources a service SYNCS_TIME_WITH, with evidence.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Service {id: id})-[t:SYNCS_TIME_WITH WHERE t.retractedAt IS NULL]->(ts:TimeSource)
RETURN id AS key, t {.id, .evidenceDocument, .evidenceSection, .evidenceQuote, .createdAt, .updatedAt, .recordVersion, serviceId: id, timeSourceId: ts.id} AS edge
ORDER BY ts.id
