// Idempotent (Vendor)-[:PROVIDES]->(Service) links.
// @param rows  list of {from, to}
UNWIND $rows AS row
MATCH (a:Vendor {id: row.from})
MATCH (b:Service {id: row.to})
MERGE (a)-[:PROVIDES]->(b)
