// The requirements each of several portfolios holds, by id. Batched by
// portfolio id: one round trip however many portfolios a request has.
// @param ids  list of portfolio ids
UNWIND $ids AS id
MATCH (:Portfolio {id: id})-[:REQUIRES]->(r:Requirement)
RETURN id AS key, properties(r) AS node
ORDER BY r.id
