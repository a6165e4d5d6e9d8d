// :Portfolio nodes by id, for batched lookups: one round trip for every id a
// request asks for. Unknown ids return no row.
// @param ids  list of portfolio ids
UNWIND $ids AS id
MATCH (p:Portfolio {id: id})
RETURN id AS key, p {.id, .name, .description, .createdAt, .updatedAt, .recordVersion} AS node
