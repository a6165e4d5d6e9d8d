// The current facts that cite one of the given documents: an import retracts
// those it no longer states (src/queries/curation/import-seed.ts compares
// the ids in memory; a `NOT r.id IN $keepIds` here tested each fact against
// a list of every fact the import states, quadratic in a large file).
// @param documentIds  the documents imported
MATCH ()-[r]->()
WHERE r.evidenceDocument IN $documentIds AND r.retractedAt IS NULL
RETURN r.id AS id, r.evidenceDocument AS documentId
ORDER BY id
