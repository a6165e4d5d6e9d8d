// Idempotent load of :TimeSource nodes: MERGE on id, then replace all properties,
// so loading the same seed twice gives the same graph.
// @param rows  list of {id, props}
UNWIND $rows AS row
MERGE (n:TimeSource {id: row.id})
SET n = row.props
