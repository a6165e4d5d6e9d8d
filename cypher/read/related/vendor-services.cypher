// Services a vendor PROVIDES.
// Batched by parent id: one round trip however many parents a request has.
// @param ids  list of parent ids
UNWIND $ids AS id
MATCH (:Vendor {id: id})-[:PROVIDES]->(s:Service)
RETURN id AS key, s {.id, .name, .category, .description, .vendorId} AS node
ORDER BY s.name
