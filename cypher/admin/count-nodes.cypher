// How many nodes the graph holds: zero means a first start. The graph
// version's node (src/db/graph-version.ts) is bookkeeping, not content.
MATCH (n)
WHERE NOT n:GraphVersion
RETURN count(n) AS nodes
