// The current facts that cite one of the given documents but are not among
// the facts an import of those documents states: what the import retracts.
// @param documentIds  the documents imported
// @param keepIds      the ids of the facts the import states
MATCH ()-[r]->()
WHERE r.evidenceDocument IN $documentIds AND r.retractedAt IS NULL AND NOT r.id IN $keepIds
RETURN r.id AS id, r.evidenceDocument AS documentId
ORDER BY id
