// Idempotent load of (Service)-[:SYNCS_TIME_WITH]->(TimeSource): MERGE on the edge id, then replace its
// properties (basis, evidence and the rest).
// @param rows  list of {id, from, to, props}
UNWIND $rows AS row
MATCH (a:Service {id: row.from})
MATCH (b:TimeSource {id: row.to})
MERGE (a)-[r:SYNCS_TIME_WITH {id: row.id}]->(b)
SET r = row.props
