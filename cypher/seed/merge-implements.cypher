// Idempotent load of disclosures, (Service)-[:IMPLEMENTS]->(Control): MERGE on the edge id, then replace its
// properties (basis, evidence and the rest).
// @param rows  list of {id, from, to, props}
UNWIND $rows AS row
MATCH (a:Service {id: row.from})
MATCH (b:Control {id: row.to})
MERGE (a)-[r:IMPLEMENTS {id: row.id}]->(b)
SET r = row.props
