// Idempotent load of (Service)-[:USES_INFRA]->(Region): MERGE on the edge id, then replace its
// properties (basis, evidence and the rest).
// @param rows  list of {id, from, to, props}
UNWIND $rows AS row
MATCH (a:Service {id: row.from})
MATCH (b:Region {id: row.to})
MERGE (a)-[r:USES_INFRA {id: row.id}]->(b)
SET r = row.props
