// Idempotent load of (Vendor)-[:CERTIFIED_BY]->(Certification) holdings: MERGE on the edge id, then replace its
// properties (basis, evidence and the rest).
// @param rows  list of {id, from, to, props}
UNWIND $rows AS row
MATCH (a:Vendor {id: row.from})
MATCH (b:Certification {id: row.to})
MERGE (a)-[r:CERTIFIED_BY {id: row.id}]->(b)
SET r = row.props
