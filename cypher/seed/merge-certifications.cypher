// Idempotent load of :Certification nodes: MERGE on id, then replace all properties,
// so loading the same seed twice gives the same graph.
// @param rows  list of {id, props}
UNWIND $rows AS row
MERGE (n:Certification {id: row.id})
SET n = row.props
