// Idempotent load of the control catalog, each control PART_OF its framework.
// @param rows  list of {id, framework, props}
UNWIND $rows AS row
MERGE (c:Control {id: row.id})
SET c = row.props
WITH c, row
MATCH (f:Framework {id: row.framework})
MERGE (c)-[:PART_OF]->(f)
