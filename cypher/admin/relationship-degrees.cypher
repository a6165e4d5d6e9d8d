// The most relationships of each type any one node has, at each end: the
// largest list a field that walks that type can return. Read at start-up
// for the query cost estimate.
MATCH (a)-[r]->()
WITH type(r) AS type, a, count(r) AS degree
RETURN type, 'start' AS end, max(degree) AS maxDegree
UNION ALL
MATCH ()-[r]->(b)
WITH type(r) AS type, b, count(r) AS degree
RETURN type, 'end' AS end, max(degree) AS maxDegree
