// Replaces the review state of a draft (file, review, status, version): the
// caller holds its lock (lock-draft) in the same transaction.
// @param id     the draft id
// @param props  the properties to set
MATCH (d:Draft {id: $id})
SET d += $props
