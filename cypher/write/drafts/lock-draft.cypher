// Takes the draft's write lock before reading it, so two reviewers of the
// same draft write one after the other: on Neo4j the SET holds the node's
// lock until the transaction ends. No row when there is no such draft.
// @param id   the draft id
// @param now  ISO 8601 time of the write
MATCH (d:Draft {id: $id})
SET d.lockedAt = $now
RETURN properties(d) AS props
