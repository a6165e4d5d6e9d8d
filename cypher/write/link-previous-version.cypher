// A new version of a document points at the one it replaces; evidence keeps pointing at the text it quotes.
// @param id          the new document
// @param previousId  the document it replaces
MATCH (d:Document {id: $id})
MATCH (p:Document {id: $previousId})
MERGE (d)-[:PREVIOUS_VERSION]->(p)
