// A document's revision history, oldest first.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_REVISION]->(r:DocumentRevision)
RETURN id AS key, r {.id, .version, .date, .changes} AS node
ORDER BY r.date, r.version
