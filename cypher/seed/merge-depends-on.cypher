// Idempotent load of (Service)-[:DEPENDS_ON]->(Service), sub-processors: MERGE on the edge id, then replace its
// properties (basis, evidence and the rest). A retracted copy of the same fact (DEPENDS_ON_RETRACTED, see
// write/retract-dependency) is removed: the fact is stated again, so it is current again.
// @param rows  list of {id, from, to, props}
UNWIND $rows AS row
MATCH (a:Service {id: row.from})
MATCH (b:Service {id: row.to})
MERGE (a)-[r:DEPENDS_ON {id: row.id}]->(b)
SET r = row.props
// A MATCH, not OPTIONAL MATCH: no retracted copy ends the row (the MERGE is done); DELETE of null fails on the embedded engine.
WITH a, row
MATCH (a)-[gone:DEPENDS_ON_RETRACTED {id: row.id}]->()
DELETE gone
