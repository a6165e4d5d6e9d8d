// Idempotent load of (Service)-[:STORES_DATA_IN]->(Country): MERGE on the edge id, then replace its
// properties (basis, evidence and the rest).
// @param rows  list of {id, from, to, props}
UNWIND $rows AS row
MATCH (a:Service {id: row.from})
MATCH (b:Country {id: row.to})
MERGE (a)-[r:STORES_DATA_IN {id: row.id}]->(b)
SET r = row.props
