// A new draft held for review: the proposed seed file and the review state
// of each fact are JSON text on one :Draft node, linked to nothing, so no
// read of the graph can reach a proposed fact before it is accepted.
// @param props  {id, status, documentId, fileName, format, text, file, review, ...}
CREATE (d:Draft)
SET d = $props
