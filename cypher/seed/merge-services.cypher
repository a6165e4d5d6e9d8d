// Idempotent load of :Service nodes and the vendor that PROVIDES each
// (a third-party sub-processor may have no vendor in the graph).
// @param rows  list of {id, vendor, props}
UNWIND $rows AS row
MERGE (s:Service {id: row.id})
SET s = row.props
WITH s, row
WHERE row.vendor IS NOT NULL
MATCH (v:Vendor {id: row.vendor})
MERGE (v)-[:PROVIDES]->(s)
