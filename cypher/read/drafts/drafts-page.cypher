// Drafts, newest first, optionally of one status: one page and the total.
// @param status  PENDING or REVIEWED, or null for all
// @param offset  items to skip
// @param limit   page size
MATCH (d:Draft)
WHERE $status IS NULL OR d.status = $status
WITH d
ORDER BY d.createdAt DESC, d.id
WITH collect(d) AS ordered
RETURN size(ordered) AS totalCount, [d IN ordered[$offset..($offset + $limit)] | properties(d)] AS drafts
