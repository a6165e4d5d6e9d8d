// The change feed since a time (inclusive), oldest first, one page of it and
// the total. The log only grows at the end, so offsets stay stable while a
// client pages.
// @param since   ISO 8601 timestamp, or null for all
// @param offset  items to skip
// @param limit   page size
MATCH (c:Change)
WHERE $since IS NULL OR c.at >= $since
WITH c
ORDER BY c.at, c.id
WITH collect(c) AS ordered
RETURN size(ordered) AS totalCount,
  [c IN ordered[$offset..($offset + $limit)] | c {.id, .at, .actor, .operation, .targetId, .targetKind, .version, .before, .after, .reason}] AS changes
