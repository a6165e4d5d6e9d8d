// Neo4j only: waits until every index is online (a new FULLTEXT index fills
// in the background, and a search before then would miss hits).
// @param timeoutSeconds  how long to wait before failing
CALL db.awaitIndexes($timeoutSeconds)
