// Retracts a certification held: it stays in the graph, reads skip it.
// @param subjectId  the vendor id
// @param id         the fact id
// @param props      {retractedAt, retractedBy, retractReason, updatedAt, recordVersion}
MATCH (:Vendor {id: $subjectId})-[r:CERTIFIED_BY {id: $id}]->()
SET r += $props
