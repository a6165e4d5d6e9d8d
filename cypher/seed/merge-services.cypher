// Idempotent load of :Service nodes: MERGE on id, then replace all properties.
// Links to other nodes are their own statements (link-*): on the embedded
// engine a MATCH after a write in the same statement is ~16x slower.
// @param rows  list of {id, props}
UNWIND $rows AS row
MERGE (n:Service {id: row.id})
SET n = row.props
