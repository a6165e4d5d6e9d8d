// Idempotent load of a document's revision history as :DocumentRevision nodes.
// @param rows  list of {id, from (document id), to (revision id), props}
UNWIND $rows AS row
MATCH (d:Document {id: row.from})
MERGE (r:DocumentRevision {id: row.to})
SET r = row.props
MERGE (d)-[:HAS_REVISION]->(r)
