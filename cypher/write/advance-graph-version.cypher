// Advances the graph version: the last statement of every write transaction
// (src/db/graph-version.ts), so an answer cached under the version before a
// write is never served after it commits. `since` is when the count started:
// a graph wiped and written again counts anew under another `since`, so an
// old version is never taken for a new one.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.counter = 0, v.since = timestamp()
SET v.counter = v.counter + 1
RETURN v.counter AS counter, v.since AS since
