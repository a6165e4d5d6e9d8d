// The graph version as committed (src/db/graph-version.ts); a graph never
// written has version 0.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.counter, 0) AS counter, coalesce(v.since, 0) AS since
