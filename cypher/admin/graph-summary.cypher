// Node and relationship counts by label and type, for the seed summary and tests
// (the graph version's bookkeeping node, src/db/graph-version.ts, left out).
MATCH (n)
WHERE NOT n:GraphVersion
WITH labels(n)[0] AS label, count(*) AS count
RETURN 'node' AS kind, label AS name, count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
