// The framework a control is PART_OF.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Control {id: id})-[:PART_OF]->(f:Framework)
RETURN id AS key, f {.id, .name, .edition} AS node
