// :Control nodes by id, for batched lookups (DataLoader): one round trip for
// every id a request asks for. Unknown ids simply return no row.
// @param ids  list of ids
UNWIND $ids AS id
MATCH (n:Control {id: id})
RETURN id AS key, n {.id, .code, .title, .titleEn, .clause, .cloudSpecific, .position} AS node
