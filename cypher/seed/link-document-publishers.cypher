// Idempotent (Vendor)-[:PUBLISHED]->(Document) links.
// @param rows  list of {from, to}
UNWIND $rows AS row
MATCH (a:Vendor {id: row.from})
MATCH (b:Document {id: row.to})
MERGE (a)-[:PUBLISHED]->(b)
