// The changes of one node or fact, oldest first.
// @param targetId  a node or fact id
MATCH (c:Change {targetId: $targetId})
RETURN c {.id, .at, .actor, .operation, .targetId, .targetKind, .version, .before, .after, .reason} AS change
ORDER BY c.at, c.id
