// The document a document is a new version of (PREVIOUS_VERSION), if any.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Document {id: id})-[:PREVIOUS_VERSION]->(p:Document)
RETURN id AS key, p {.id, .title, .version, .publishedOn, .publisher, .sourceFile} AS node
