// Idempotent (Region)-[:LOCATED_IN]->(Country) links.
// @param rows  list of {from, to}
UNWIND $rows AS row
MATCH (a:Region {id: row.from})
MATCH (b:Country {id: row.to})
MERGE (a)-[:LOCATED_IN]->(b)
