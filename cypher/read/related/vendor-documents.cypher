// Documents a vendor PUBLISHED.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Vendor {id: id})-[:PUBLISHED]->(d:Document)
RETURN id AS key, d {.id, .title, .version, .publishedOn, .publisher, .sourceFile} AS node
ORDER BY d.publishedOn DESC
