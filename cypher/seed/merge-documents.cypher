// Idempotent load of the whitepapers as :Document nodes, PUBLISHED by their vendor.
// @param rows  list of {id, vendor, props}
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row.props
WITH d, row
MATCH (v:Vendor {id: row.vendor})
MERGE (v)-[:PUBLISHED]->(d)
