// Retracts a fact whose subject is a service: it stays in the graph (and the
// change log), but every read skips it (`retractedAt IS NULL`).
// @param subjectId  the service id
// @param id         the fact id
// @param props      {retractedAt, retractedBy, retractReason, updatedAt, recordVersion}
MATCH (:Service {id: $subjectId})-[r {id: $id}]->()
SET r += $props
