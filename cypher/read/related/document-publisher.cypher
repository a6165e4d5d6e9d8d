// The vendor that PUBLISHED a document.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (v:Vendor)-[:PUBLISHED]->(:Document {id: id})
RETURN id AS key, v {.id, .name, .nameEn, .website} AS node
