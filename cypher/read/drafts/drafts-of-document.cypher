// The drafts that propose a document id, so a new draft picks an id no
// other draft (and no registered document) holds.
// @param documentId  the proposed document id
MATCH (d:Draft)
WHERE d.documentId = $documentId
RETURN d.id AS id
