// How many nodes the graph holds: zero means a first start.
MATCH (n)
RETURN count(n) AS nodes
