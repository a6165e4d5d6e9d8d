// Writes services' copy of their disclosed metrics
// (src/engines/derived-properties.ts): the lists and the per-metric
// minimum and maximum, as src/seed/disclosed-metrics.ts names them.
// @param rows  list of {id, props}
UNWIND $rows AS row
MATCH (s:Service {id: row.id})
SET s += row.props
