// :Service nodes by id, for batched lookups (DataLoader): one round trip for
// every id a request asks for. Unknown ids simply return no row.
// @param ids  list of ids
UNWIND $ids AS id
MATCH (n:Service {id: id})
RETURN id AS key, n {.id, .name, .category, .description, .vendorId} AS node
