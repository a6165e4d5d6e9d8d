// Idempotent (Region)-[:OPERATED_BY]->(InfrastructureProvider) links.
// @param rows  list of {from, to}
UNWIND $rows AS row
MATCH (a:Region {id: row.from})
MATCH (b:InfrastructureProvider {id: row.to})
MERGE (a)-[:OPERATED_BY]->(b)
