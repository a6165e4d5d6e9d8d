// Retracts a dependency (Service DEPENDS_ON Service). Like every retracted
// fact it stays in the graph with its history, but under its own type,
// DEPENDS_ON_RETRACTED: the impact questions walk DEPENDS_ON chains of up to
// eight hops, and a per-hop `retractedAt IS NULL` test on those walks cost
// the embedded engine 20-40 % of the question. Reads by id (fact, versions)
// match either type; merge-depends-on removes the retracted copy when the fact
// is stated again.
// @param subjectId  the service id
// @param id         the fact id
// @param props      {retractedAt, retractedBy, retractReason, updatedAt, recordVersion}
MATCH (a:Service {id: $subjectId})-[r:DEPENDS_ON {id: $id}]->(b:Service)
CREATE (a)-[gone:DEPENDS_ON_RETRACTED]->(b)
SET gone = properties(r), gone += $props
DELETE r
