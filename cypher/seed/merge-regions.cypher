// Idempotent load of :Region nodes with the provider that operates each
// and the country it lies in (placeholder regions may have no country).
// @param rows  list of {id, provider, country, props}
UNWIND $rows AS row
MERGE (r:Region {id: row.id})
SET r = row.props
WITH r, row
MATCH (p:InfrastructureProvider {id: row.provider})
MERGE (r)-[:OPERATED_BY]->(p)
WITH r, row
WHERE row.country IS NOT NULL
MATCH (c:Country {id: row.country})
MERGE (r)-[:LOCATED_IN]->(c)
