// Idempotent load of (Service)-[:DEPENDS_ON]->(Service), sub-processors: MERGE on the edge id, then replace its
// properties (basis, evidence and the rest).
// @param rows  list of {id, from, to, props}
UNWIND $rows AS row
MATCH (a:Service {id: row.from})
MATCH (b:Service {id: row.to})
MERGE (a)-[r:DEPENDS_ON {id: row.id}]->(b)
SET r = row.props
