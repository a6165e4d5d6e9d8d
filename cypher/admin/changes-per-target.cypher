// The most changes recorded for one node or fact: the longest `history`
// list. Read with the other graph sizes for the query cost estimate.
MATCH (c:Change)
WITH c.targetId AS target, count(*) AS changes
RETURN max(changes) AS perTarget
