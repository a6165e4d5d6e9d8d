// Idempotent (Control)-[:PART_OF]->(Framework) links.
// @param rows  list of {from, to}
UNWIND $rows AS row
MATCH (a:Control {id: row.from})
MATCH (b:Framework {id: row.to})
MERGE (a)-[:PART_OF]->(b)
